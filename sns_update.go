package errcode

// 关系链系统, part 2: 30600 to 30999, answering friend requests, updating
// friends, importing friends and friend groups. The constants of CategorySNS
// are spread over sns.go and its sns_*.go parts only to keep each file short.

// SNSResponseFriendInvalidAction 加好友回应动作参数错误，加好友回应的请求包中的回应动作参数的取值错误，合法的取值范围是：“Response_Action_Agree”、“Response_Action_AgreeAndAdd”和“Response_Action_Reject”。
//
// Responding to a friend request: invalid response action: the response
// action in the request has an invalid value; valid values are
// "Response_Action_Agree", "Response_Action_AgreeAndAdd" and
// "Response_Action_Reject".
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSResponseFriendInvalidAction Code = 30601

// SNSResponseFriendParametersTooLong 加好友回应参数长度错误，加好友回应的请求包中的备注内容超过96字节或者分组名称超过30字节。
//
// Responding to a friend request: a parameter is too long: the remark in the
// request exceeds 96 bytes or the friend group name exceeds 30 bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSResponseFriendParametersTooLong Code = 30602

// SNSResponseFriendInvalidCount 加好友回应好友个数错误，加好友回应的请求包中的好友个数为0或者超过1000。
//
// Responding to a friend request: invalid friend count: the number of
// friends in the request is 0 or more than 1000.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSResponseFriendInvalidCount Code = 30603

// SNSResponseFriendGetPendencyError 加好友回应获取未决错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: error getting the pending request. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendGetPendencyError Code = 30604

// SNSResponseFriendGetPendencyMetaError 加好友回应获取未决元数据错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: metadata error getting the pending
// request. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendGetPendencyMetaError Code = 30605

// SNSResponseFriendGetPendencyRowError 加好友回应获取未决行数据错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: row data error getting the pending
// request. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendGetPendencyRowError Code = 30606

// SNSResponseFriendGetCountError 加好友回应获取好友数错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: error getting the friend count. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendGetCountError Code = 30607

// SNSResponseFriendCountSeqChanged 加好友回应获取好友数序列号变化，请再次尝试或联系技术客服。
//
// Responding to a friend request: the sequence number of the friend count
// changed. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendCountSeqChanged Code = 30608

// SNSResponseFriendSetSelfRowError 加好友回应设置己方好友信息行数据错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: row data error writing the friend to your own
// friend list. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendSetSelfRowError Code = 30609

// SNSResponseFriendSetSelfMetaError 加好友回应设置己方好友信息元数据错，请再次尝试或联系技术客服。
//
// Responding to a friend request: metadata error writing the friend to your own
// friend list. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendSetSelfMetaError Code = 30610

// SNSResponseFriendSetSelfError 加好友回应设置己方好友信息错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: error writing the friend to your own friend
// list. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendSetSelfError Code = 30611

// SNSResponseFriendSelfDeletePendencyError 加好友回应设置己方删除未决错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: error deleting the pending request from your
// own pending list. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendSelfDeletePendencyError Code = 30612

// SNSResponseFriendRunTaskFailed 加好友回应执行任务失败，请再次尝试或联系技术客服。
//
// Responding to a friend request: failed to run the task. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendRunTaskFailed Code = 30613

// SNSResponseFriendPendencyNotFound 加好友回应未决不存在，在自己的未决请求列表中没有找到需要回应的好友曾经发起的加好友未决请求，有可能已经被滚动掉了，调用方可以捕捉该错误给用户一个合理的提示。
//
// Responding to a friend request: pending request not found: the friend request
// to respond to is not in your pending request list; newer requests may have
// pushed it out of the list. Callers can catch this error and show the user a
// suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_PENDENCY_NOT_FOUND. Sources: document|webpage|sdk.
const SNSResponseFriendPendencyNotFound Code = 30614

// SNSResponseFriendSelfListFull 加好友回应己方好友满，自己的好友表大于1000个，调用方可以捕捉该错误给用户一个合理的提示。
//
// Responding to a friend request: your own friend list is full: it has
// more than 1000 friends. Callers can catch this error and show the user a
// suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSResponseFriendSelfListFull Code = 30615

// SNSResponseFriendGroupFull 加好友回应组满，自己的分组大于32个，调用方可以捕捉该错误给用户一个合理的提示。
//
// Responding to a friend request: friend group limit reached: you have more
// than 32 friend groups. Callers can catch this error and show the user a
// suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSResponseFriendGroupFull Code = 30616

// SNSResponseFriendAlreadyFriend 加好友回应好友已经存在，加好友回应请求包中的好友已经是自己的好友了，调用方可以捕捉该错误给用户一个合理的提示。
//
// Responding to a friend request: already a friend: the user in the
// response request is already your friend. Callers can catch this error
// and show the user a suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSResponseFriendAlreadyFriend Code = 30617

// SNSResponseFriendPeerCheckFailed 加好友回应设置对方好友信息时检查好友存在失败，请再次尝试或联系技术客服。
//
// Responding to a friend request: failed to check whether the friend exists
// while setting the other user's friend info. Try again, or contact technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendPeerCheckFailed Code = 30618

// SNSResponseFriendPeerCheckMetaError 加好友回应设置对方好友信息时检查好友存在元数据错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: metadata error checking whether the friend
// exists while setting the other user's friend info. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendPeerCheckMetaError Code = 30619

// SNSResponseFriendPeerCheckRowError 加好友回应设置对方好友信息时检查好友存在行数据错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: row data error checking whether the friend
// exists while setting the other user's friend info. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendPeerCheckRowError Code = 30620

// SNSResponseFriendPeerGetCountFailed 加好友回应设置对方好友信息时获取好友数失败，请再次尝试或联系技术客服。
//
// Responding to a friend request: failed to get the friend count while setting
// the other user's friend info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendPeerGetCountFailed Code = 30621

// SNSResponseFriendPeerCountSeqChanged 加好友回应设置对方好友信息时获取好友数序列号变化，请再次尝试或联系技术客服。
//
// Responding to a friend request: the sequence number of the friend count
// changed while setting the other user's friend info. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendPeerCountSeqChanged Code = 30622

// SNSResponseFriendPeerAddMetaError 加好友回应设置对方好友信息时添加好友元数据错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: metadata error adding the friend while
// setting the other user's friend info. Try again, or contact technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendPeerAddMetaError Code = 30623

// SNSResponseFriendPeerAddRowError 加好友回应设置对方好友信息行添加好友行数据错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: row data error adding the friend while
// setting the other user's friend info. Try again, or contact technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendPeerAddRowError Code = 30624

// SNSResponseFriendPeerAddError 加好友回应设置对方好友信息时添加好友错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: error adding the friend while setting the
// other user's friend info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendPeerAddError Code = 30625

// SNSResponseFriendPeerDeletePendencyError 加好友回应设置对方好友信息时删除未决错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: error deleting the pending request while
// setting the other user's friend info. Try again, or contact technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendPeerDeletePendencyError Code = 30626

// SNSResponseFriendPeerSetSeqMetaError 加好友回应设置对方好友信息时设置序列号元数据错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: metadata error setting the sequence number
// while setting the other user's friend info. Try again, or contact technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendPeerSetSeqMetaError Code = 30627

// SNSResponseFriendPeerSetSeqError 加好友回应设置对方好友信息时设置序列号错误，请再次尝试或联系技术客服。
//
// Responding to a friend request: error setting the sequence number while
// setting the other user's friend info. Try again, or contact technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendPeerSetSeqError Code = 30628

// SNSResponseFriendCreateTaskFailed 加好友回应新建任务失败，请再次尝试或联系技术客服。
//
// Responding to a friend request: failed to create the task. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSResponseFriendCreateTaskFailed Code = 30629

// SNSResponseFriendPeerListFull 加好友回应对方好友满，对方的好友表大于1000个，调用方可以捕捉该错误给用户一个合理的提示。
//
// Responding to a friend request: the other user's friend list is full: it has
// more than 1000 friends. Callers can catch this error and show the user a
// suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSResponseFriendPeerListFull Code = 30630

// SNSUpdateFriendInvalidParameters 好友数据更新参数错误，请检查备注内容的长度是否超过96字节，分组名称的长度是否超过30字节，多个分组名称出现是否为空，Tag名称是否非法，目前的Tag名称只支持：“Tag_SNS_IM_Remark”和“Tag_SNS_IM_Group”。
//
// Updating friend data: invalid parameters. Check that the remark is at most 96
// bytes, the friend group name at most 30 bytes, no friend group name in a list
// of several is empty, and the Tag name is valid; only "Tag_SNS_IM_Remark" and
// "Tag_SNS_IM_Group" are currently supported.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendInvalidParameters Code = 30701

// SNSUpdateFriendGetFriendError 好友数据更新获取好友错误，请再次尝试或联系技术客服。
//
// Updating friend data: error getting the friend. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendGetFriendError Code = 30702

// SNSUpdateFriendGetFriendMetaError 好友数据更新获取好友元数据错误，请再次尝试或联系技术客服。
//
// Updating friend data: metadata error getting the friend. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendGetFriendMetaError Code = 30703

// SNSUpdateFriendGetFriendRowError 好友数据更新获取好友行数据错误，请再次尝试或联系技术客服。
//
// Updating friend data: row data error getting the friend. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendGetFriendRowError Code = 30704

// SNSUpdateFriendStdRowError 好友数据更新标配信息行数据错误，请再次尝试或联系技术客服。
//
// Updating friend data: row data error in the standard-field info. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendStdRowError Code = 30705

// SNSUpdateFriendStdMetaError 好友数据更新标配信息元数据错误，请再次尝试或联系技术客服。
//
// Updating friend data: metadata error in the standard-field info. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendStdMetaError Code = 30706

// SNSUpdateFriendStdError 好友数据更新标配信息错误，请再次尝试或联系技术客服。
//
// Updating friend data: error in the standard-field info. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendStdError Code = 30707

// SNSUpdateFriendCustomRowError 好友数据更新自定义信息行数据错误，请再次尝试或联系技术客服。
//
// Updating friend data: row data error in the custom-field info. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendCustomRowError Code = 30708

// SNSUpdateFriendCustomMetaError 好友数据更新自定义信息元错误，请再次尝试或联系技术客服。
//
// Updating friend data: metadata error in the custom-field info. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendCustomMetaError Code = 30709

// SNSUpdateFriendCustomError 好友数据更新自定义信息错误，请再次尝试或联系技术客服。
//
// Updating friend data: error in the custom-field info. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendCustomError Code = 30710

// SNSUpdateFriendRunTaskFailed 好友数据更新执行任务失败，请再次尝试或联系技术客服。
//
// Updating friend data: failed to run the task. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendRunTaskFailed Code = 30711

// SNSUpdateFriendNotFound 好友数据更新的好友不存在，在自己的好友表中没有找到需要更新的好友，调用方可以捕捉该错误给用户一个合理的提示。
//
// Updating friend data: friend not found: the friend to update is not in
// your friend list. Callers can catch this error and show the user a
// suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendNotFound Code = 30712

// SNSUpdateFriendGroupFull 好友数据更新组满，分组总数大于32个，调用方可以捕捉该错误给用户一个合理的提示。
//
// Updating friend data: friend group limit reached: the total number of friend
// groups exceeds 32. Callers can catch this error and show the user a suitable
// message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSUpdateFriendGroupFull Code = 30713

// SNSImportFriendInvalidParameters 好友导入参数错误，请检查备注内容是否超过96字节，分组名称是否超过30字节，加好友附言的长度是否超过256字节，加好友来源字符串中是否符合如下格式：“AddSource_Type_XXXXXXXX”，即必须包含前缀“AddSource_Type_”，并且"XXXXXXXX"不能超过8个字节，Tag名称是否合法，自定义字段的值对应的内容长度是否超过512字节，如果以上错误均不是，请联系技术客服。
//
// Importing friends: invalid parameters. Check that the remark is at most 96
// bytes, the friend group name at most 30 bytes and the add-friend message at
// most 256 bytes; that the add-source string has the form
// "AddSource_Type_XXXXXXXX" (it must start with the prefix "AddSource_Type_"
// and "XXXXXXXX" may be at most 8 bytes); that the Tag name is valid; and that
// no custom field value exceeds 512 bytes. If none of these is the cause,
// contact technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSImportFriendInvalidParameters Code = 30801

// SNSImportFriendGetSDKAppIDFailed 好友导入获取SDKAppId失败，请再次尝试或联系技术客服。
//
// Importing friends: failed to get the SDKAppID. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSImportFriendGetSDKAppIDFailed Code = 30802

// SNSImportFriendReadCountError 好友导入读好友数错误，请再次尝试或联系技术客服。
//
// Importing friends: error reading the friend count. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSImportFriendReadCountError Code = 30803

// SNSImportFriendGetGroupSeqError 好友导入获取组信息和序列号错误，请再次尝试或联系技术客服。
//
// Importing friends: error getting the friend group info and sequence number.
// Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSImportFriendGetGroupSeqError Code = 30804

// SNSImportFriendGetGroupSeqMetaError 好友导入获取组信息和序列号元数据错误，请再次尝试或联系技术客服。
//
// Importing friends: metadata error getting the friend group info and sequence
// number. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSImportFriendGetGroupSeqMetaError Code = 30805

// SNSImportFriendStdRowError 好友导入标配信息行数据错误，请再次尝试或联系技术客服。
//
// Importing friends: row data error in the standard-field info. Try again,
// or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSImportFriendStdRowError Code = 30806

// SNSImportFriendStdMetaError 好友导入标配信息元数据错误，请再次尝试或联系技术客服。
//
// Importing friends: metadata error in the standard-field info. Try again,
// or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSImportFriendStdMetaError Code = 30807

// SNSImportFriendStdError 好友导入标配信息错误，请再次尝试或联系技术客服。
//
// Importing friends: error in the standard-field info. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSImportFriendStdError Code = 30808

// SNSImportFriendCustomRowError 好友导入自定义信息行数据错误，请再次尝试或联系技术客服。
//
// Importing friends: row data error in the custom-field info. Try again,
// or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSImportFriendCustomRowError Code = 30809

// SNSImportFriendCustomMetaError 好友导入自定义信息元数据错误，请再次尝试或联系技术客服。
//
// Importing friends: metadata error in the custom-field info. Try again,
// or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSImportFriendCustomMetaError Code = 30810

// SNSImportFriendCustomError 好友导入自定义信息错误，请再次尝试或联系技术客服。
//
// Importing friends: error in the custom-field info. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSImportFriendCustomError Code = 30811

// SNSImportFriendListFull 好友导入好友满，现有的好友个数加上导入好友的个数之和超过了1000个，调用方可以捕捉该错误给用户一个合理的提示。
//
// Importing friends: friend list full: the existing friends plus the
// imported friends exceed 1000. Callers can catch this error and show the
// user a suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSImportFriendListFull Code = 30812

// SNSImportFriendGroupFull 好友导入组满，现有分组的个数已达到32个，调用方可以捕捉该错误给用户一个合理的提示。
//
// Importing friends: friend group limit reached: the existing friend groups
// have reached 32. Callers can catch this error and show the user a suitable
// message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSImportFriendGroupFull Code = 30813

// SNSCheckFriendInvalidType 好友关系检查参数错误，请求包中的检查参数取值非法，合法取值范围是：“CheckResult_Type_Singal”和“CheckResult_Type_Both”。
//
// Checking friend relationships: invalid check type: the check type in the
// request is invalid; the valid values are "CheckResult_Type_Single" and
// "CheckResult_Type_Both". The document misspells the first value as
// "CheckResult_Type_Singal", a typo: the REST API expects
// CheckResult_Type_Single.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSCheckFriendInvalidType Code = 30901

// SNSCheckFriendRunTaskFailed 好友关系检查执行任务失败，请再次尝试或联系技术客服。
//
// Checking friend relationships: failed to run the task. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSCheckFriendRunTaskFailed Code = 30902

// SNSCheckFriendGetFriendError 好友关系检查获取好友错误，请再次尝试或联系技术客服。
//
// Checking friend relationships: error getting the friend. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSCheckFriendGetFriendError Code = 30903

// SNSCheckFriendGetFriendRowError 好友关系检查获取好友行数据错误，请再次尝试或联系技术客服。
//
// Checking friend relationships: row data error getting the friend. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSCheckFriendGetFriendRowError Code = 30904

// SNSCheckFriendCreateTaskFailed 好友关系检查新建任务失败，请再次尝试或联系技术客服。
//
// Checking friend relationships: failed to create the task. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSCheckFriendCreateTaskFailed Code = 30905

// SNSCheckFriendGetRelationError 好友关系检查获取对方和己方好友关系错误，请再次尝试或联系技术客服。
//
// Checking friend relationships: error getting the friend relationship between
// you and the other user. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSCheckFriendGetRelationError Code = 30906

// SNSCheckFriendGetRelationMetaError 好友关系检查获取对方和己方好友关系元数据错误，请再次尝试或联系技术客服。
//
// Checking friend relationships: metadata error getting the friend relationship
// between you and the other user. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSCheckFriendGetRelationMetaError Code = 30907
