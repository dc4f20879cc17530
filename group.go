package errcode

// 群组系统: errors from the group system: creating and managing groups,
// their members and their messages.

// GroupSignatureCheckFailed 调用时所携带的签名校验失败，请检查签名是否正确。
//
// The signature carried in the call failed verification. Check that the
// signature is correct.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: document.
const GroupSignatureCheckFailed Code = 10001

// GroupInternalError 系统错误，请再次尝试或联系技术客服。
//
// System error. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_GROUP_INTERNAL_ERROR. Sources: document|webpage|sdk.
const GroupInternalError Code = 10002

// GroupAPINameError 命令非法，请再次尝试或联系技术客服。
//
// Invalid command. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_GROUP_API_NAME_ERROR. Sources: document|webpage|sdk.
const GroupAPINameError Code = 10003

// GroupInvalidParameters 参数非法。请根据应答包中的ErrorInfo字段，检查必填字段是否填充，或者字段的填充是否满足协议要求。
//
// Invalid parameters. Use the ErrorInfo field in the response packet to
// check that required fields are filled in and that field values meet the
// protocol requirements.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_INVALID_PARAMETERS. Sources: document|webpage|sdk.
const GroupInvalidParameters Code = 10004

// GroupAccountCountLimit 请求包体中携带的用户数量过多。
//
// The request body carries too many users.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_ACOUNT_COUNT_LIMIT. Sources: document|webpage|sdk.
const GroupAccountCountLimit Code = 10005

// GroupFreqLimit 操作频率限制。请尝试降低调用的频率。
//
// Operation frequency limit reached. Try lowering the call frequency.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_GROUP_FREQ_LIMIT. Sources: document|webpage|sdk.
const GroupFreqLimit Code = 10006

// GroupPermissionDeny 操作权限不足。
//
// Insufficient permission for this operation.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_PERMISSION_DENY. Sources: document|webpage|sdk.
const GroupPermissionDeny Code = 10007

// GroupInvalidRequest 请求非法，可能是请求中携带的签名信息验证不正确，请再次尝试或联系技术客服。
//
// Invalid request, possibly because the signature information carried in
// the request failed verification. Try again, or contact technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_GROUP_INVALID_REQ. Sources: document|sdk.
const GroupInvalidRequest Code = 10008

// GroupSuperNotAllowQuit 该群不允许群主主动退出。
//
// This group does not allow the group owner to leave it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_SUPER_NOT_ALLOW_QUIT. Sources: document|webpage|sdk.
const GroupSuperNotAllowQuit Code = 10009

// GroupNotFound 群组不存在，或者曾经存在过，但是目前已经被解散。
//
// The group does not exist, or it existed once but has since been
// dismissed.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_NOT_FOUND. Sources: document|webpage|sdk.
const GroupNotFound Code = 10010

// GroupJSONParseFailed 解析 Json 包体失败。请检查包体的格式是否符合Json格式。
//
// Failed to parse the JSON body. Check that the body is valid JSON.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_JSON_PARSE_FAILED. Sources: document|webpage|sdk.
const GroupJSONParseFailed Code = 10011

// GroupInvalidID 发起操作的用户ID非法。请检查发起操作的用户ID是否填写正确。
//
// The ID of the user who started the operation is invalid. Check that this
// user ID is filled in correctly.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_INVALID_ID. Sources: document|webpage|sdk.
const GroupInvalidID Code = 10012

// GroupAlreadyMember 被邀请加入的用户已经是群成员。
//
// The invited user is already a member of the group.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_ALLREADY_MEMBER. Sources: document|webpage|sdk.
const GroupAlreadyMember Code = 10013

// GroupFullMemberCount 群已满员，无法将请求中的用户加入群组。如果是批量加人，可以尝试减少加入用户的数量。
//
// The group is full, so the users in the request cannot be added to it.
// For a batch add, try adding fewer users.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_FULL_MEMBER_COUNT. Sources: document|webpage|sdk.
const GroupFullMemberCount Code = 10014

// GroupInvalidGroupID 群组ID非法，请检查群组ID是否填写正确。
//
// The group ID is invalid. Check that the group ID is filled in correctly.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_INVALID_GROUPID. Sources: document|webpage|sdk.
const GroupInvalidGroupID Code = 10015

// GroupRejectFromThirdParty APP后台通过第三方回调拒绝本次操作。
//
// The app backend rejected this operation through a third-party callback.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_REJECT_FROM_THIRDPARTY. Sources: document|webpage|sdk.
const GroupRejectFromThirdParty Code = 10016

// GroupShutUpDeny 因被禁言而不能发送消息，请检查发送者是否被设置禁言。
//
// The message cannot be sent because the sender is muted. Check whether
// the sender has been muted.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_SHUTUP_DENY. Sources: document|webpage|sdk.
const GroupShutUpDeny Code = 10017

// GroupResponseSizeLimit 应答包长度超限。因为请求的内容过多，导致应答包超过了最大包长（1MB），请尝试减少单次请求的数据量。
//
// The response packet is too long: the request asked for so much that the
// response exceeded the maximum packet length (1 MB). Try reducing the
// amount of data per request.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_RSP_SIZE_LIMIT. Sources: document|webpage|sdk.
const GroupResponseSizeLimit Code = 10018

// GroupAccountNotFound 被添加用户的帐号不存在，请检查用户帐号是否正确。
//
// The account of the user being added does not exist. Check that the user
// account is correct.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_ACCOUNT_NOT_FOUND. Sources: document|webpage|sdk.
const GroupAccountNotFound Code = 10019

// GroupMsgTooLong 消息内容过长，目前最大支持8000字节的消息，请调整消息长度。
//
// The message content is too long: messages of at most 8000 bytes are
// supported. Adjust the message length.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const GroupMsgTooLong Code = 10020

// GroupIDInUse 群组ID已被使用，请选择其他的群组ID。
//
// The group ID is already in use. Choose a different group ID.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_GROUPID_IN_USED. Sources: document|webpage|sdk.
const GroupIDInUse Code = 10021

// GroupSendMsgFreqLimit 发消息的频率超限，请延长两次发消息时间的间隔。
//
// The message sending frequency is over the limit. Lengthen the interval
// between two messages.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_GROUP_SEND_MSG_FREQ_LIMIT. Sources: document|webpage|sdk.
const GroupSendMsgFreqLimit Code = 10023

// GroupRequestAlreadyProcessed 此邀请或者申请请求已经被处理。
//
// This invitation or application has already been handled.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_REQ_ALLREADY_BEEN_PROCESSED. Sources: document|webpage|sdk.
const GroupRequestAlreadyProcessed Code = 10024

// GroupIDInUseForSuper 群组ID已被使用，并且操作者为群主，可以直接使用。
//
// The group ID is already in use and the operator is its group owner, so
// the group can be used directly.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_GROUPID_IN_USED_FOR_SUPER. Sources: document|webpage|sdk.
const GroupIDInUseForSuper Code = 10025

// GroupSDKAppIDDeny 该sdkappid请求的命令字已被封杀，请联系客服。
//
// The command requested by this sdkappid has been blocked. Contact
// customer service.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_SDKAPPID_DENY. Sources: document|webpage|sdk.
const GroupSDKAppIDDeny Code = 10026
