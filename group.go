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
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_API_NAME_ERROR. Sources: document|webpage|sdk.
const GroupAPINameError Code = 10003

// GroupInvalidParameters 参数非法。请根据应答包中的ErrorInfo字段，检查必填字段是否填充，或者字段的填充是否满足协议要求。
//
// Invalid parameters. Use the ErrorInfo field of the response to check that
// required fields are filled in and that field values meet the protocol
// requirements.
//
// Note: The document, both page revisions and the 2025 SDK header all treat
// 10004 as an invalid parameter. The official-accounts REST API page, however,
// lists 10004 as a server internal error that can be retried, so the same
// number carries two meanings depending on the API.
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

// GroupPermissionDenied 操作权限不足。
//
// Insufficient permission for this operation.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_PERMISSION_DENY. Sources: document|webpage|sdk.
const GroupPermissionDenied Code = 10007

// GroupInvalidRequest 请求非法，可能是请求中携带的签名信息验证不正确，请再次尝试或联系技术客服。
//
// Invalid request, possibly because the signature information carried in
// the request failed verification. Try again, or contact technical
// support.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
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

// GroupInvalidOperatorID 发起操作的用户ID非法。请检查发起操作的用户ID是否填写正确。
//
// The UserID of the user who started the operation is invalid. Check that this
// UserID is filled in correctly.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_INVALID_ID. Sources: document|webpage|sdk.
const GroupInvalidOperatorID Code = 10012

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
// No more members fit in the group, so none of the users named in the request
// can join it. When adding users in a batch, try a smaller batch.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_FULL_MEMBER_COUNT. Sources: document|webpage|sdk.
const GroupFullMemberCount Code = 10014

// GroupInvalidGroupID 群组ID非法，请检查群组ID是否填写正确。
//
// The group ID is invalid. Check that the group ID is filled in correctly.
//
// Note: The sources disagree. The document and the 2025 SDK header speak of a
// malformed group ID to be checked; the current online page reads the code as a
// group that is gone, never created or already dismissed; the previous page
// revision mixes both readings. Because they disagree, the hint stays as the
// document implies.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_INVALID_GROUPID. Sources: document|webpage|sdk.
const GroupInvalidGroupID Code = 10015

// GroupRejectFromThirdParty APP后台通过第三方回调拒绝本次操作。
//
// Your app backend turned this operation down in its reply to a third-party
// callback (webhook).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_REJECT_FROM_THIRDPARTY. Sources: document|webpage|sdk.
const GroupRejectFromThirdParty Code = 10016

// GroupShutUpDenied 因被禁言而不能发送消息，请检查发送者是否被设置禁言。
//
// Sending failed because a mute is in force on the sender. Check whether the
// sender has been muted.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_SHUTUP_DENY. Sources: document|webpage|sdk.
const GroupShutUpDenied Code = 10017

// GroupResponseSizeLimit 应答包长度超限。因为请求的内容过多，导致应答包超过了最大包长（1MB），请尝试减少单次请求的数据量。
//
// The response is too large: the request asked for so much that the response
// went over the maximum size of 1 MB. Try asking for less data per request.
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
// Note: The current online page names a concrete limit of 40 messages per
// second in a single group. The document, the previous page revision and the
// 2025 SDK header only say the sending rate is too high, without a number.
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

// GroupSDKAppIDDenied 该sdkappid请求的命令字已被封杀，请联系客服。
//
// The command this SDKAppID requested has been blocked. Contact customer
// service.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_SDKAPPID_DENY. Sources: document|webpage|sdk.
const GroupSDKAppIDDenied Code = 10026

// GroupRevokeMsgNotFound 找不到要撤回的那条群消息，请核对请求中的消息 seq。
//
// The group message you asked to recall does not exist. Check the message seq
// in the request.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_REVOKE_MSG_NOT_FOUND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const GroupRevokeMsgNotFound Code = 10030

// GroupRevokeMsgTimeLimit 已超过群消息可撤回的时限（默认 2 分钟），该消息无法再撤回。
//
// The recall window for this group message has passed (2 minutes by default),
// so it can no longer be recalled.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_REVOKE_MSG_TIME_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const GroupRevokeMsgTimeLimit Code = 10031

// GroupRevokeMsgDenied 该群消息不允许撤回，请确认这类消息是否支持撤回。
//
// This group message cannot be recalled. Check whether recall is supported for
// this kind of message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_REVOKE_MSG_DENY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const GroupRevokeMsgDenied Code = 10032

// GroupNotAllowRevokeMsg 这种类型的群组不提供消息撤回功能。
//
// Messages cannot be recalled in this type of group.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_NOT_ALLOW_REVOKE_MSG. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const GroupNotAllowRevokeMsg Code = 10033

// GroupRemoveMsgDenied 这种类型的消息不能删除，请检查请求中的消息类型。
//
// Messages of this type cannot be deleted. Check the message type in the
// request.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_REMOVE_MSG_DENY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const GroupRemoveMsgDenied Code = 10034

// GroupNotAllowRemoveMsg AVChatRoom（音视频聊天室）与 BChatRoom（在线成员广播大群）里的消息不支持删除。
//
// Deleting messages is not supported in an audio-video chat room (AVChatRoom)
// or in an online-member broadcast group (BChatRoom).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_NOT_ALLOW_REMOVE_MSG. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const GroupNotAllowRemoveMsg Code = 10035

// GroupAVChatRoomCountLimit 已创建的音视频聊天室数量达到上限，如需更多请购买音视频聊天室预付费套餐。
//
// The app has already created as many audio-video chat rooms (AVChatRoom) as it
// may. Buy the prepaid AVChatRoom plan to create more.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_AVCHATROOM_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const GroupAVChatRoomCountLimit Code = 10036

// GroupCountLimit 单个用户创建和加入的群组总数已达上限，可购买或升级提高单人建群与入群数量的预付费套餐。
//
// The user has reached the limit on how many groups one user may create and
// join. Buy or upgrade the prepaid plan that raises this per-user limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const GroupCountLimit Code = 10037

// GroupMemberCountLimit 群成员数量已达上限；购买或升级扩展群人数上限的预付费套餐后，还要调用修改群基础资料的接口调高该群的最大成员数。
//
// The group has reached its member limit. Buy or upgrade the prepaid plan that
// raises the group size limit, then call the API that modifies the group
// profile to raise this group's maximum member count.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_MEMBER_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const GroupMemberCountLimit Code = 10038

// GroupAppRevokeMsgDisabled 当前应用（SDKAppID）已配置为不支持撤回群消息。
//
// Recalling group messages has been turned off in the configuration of this app
// (SDKAppID).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupAppRevokeMsgDisabled Code = 10041

// GroupRoamingMsgUnsupported 该群类型（例如 AVChatRoom）不支持拉取漫游消息。
//
// This group type, for example AVChatRoom, does not support fetching roaming
// (history) messages.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupRoamingMsgUnsupported Code = 10044

// GroupAttributeKeySizeLimit 群自定义属性的 key 超过 32 字节的上限，请缩短 key。
//
// A custom group attribute key is longer than the 32-byte limit. Use a shorter
// key.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupAttributeKeySizeLimit Code = 10045

// GroupAttributeValueSizeLimit 单个群自定义属性的 value 超过 4000 字节的上限，请减小该 value。
//
// A single custom group attribute value is larger than the 4000-byte limit.
// Make the value smaller.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupAttributeValueSizeLimit Code = 10046

// GroupAttributeKeyCountLimit 群自定义属性的 key 超过 16 个的上限，请减少 key 的数量。
//
// The group has more than 16 custom attribute keys, which is the limit. Use
// fewer keys.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupAttributeKeyCountLimit Code = 10047

// GroupAttributeTotalSizeLimit 全部群自定义属性（各 key 及其 value）的总大小超过 16000 字节的上限，请减小总数据量。
//
// All custom group attributes together (each key with its value) exceed the
// 16000-byte limit. Reduce their total size.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupAttributeTotalSizeLimit Code = 10048

// GroupAttributeWriteFreqLimit 群自定义属性的写操作过于频繁，触发了频率限制，请拉长两次写操作之间的间隔。
//
// Writes to custom group attributes hit the frequency limit. Leave more time
// between two writes.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupAttributeWriteFreqLimit Code = 10049

// GroupAttributeNotFound 要删除的群自定义属性不存在。
//
// The custom group attribute to be deleted does not exist.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupAttributeNotFound Code = 10050

// GroupRemoveMsgRangeLimit 删除消息的范围超过上限，请缩小本次请求中最大与最小消息 seq 的差值。
//
// The range of messages to delete is too wide. Narrow the gap between the
// largest and the smallest message seq in the request.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupRemoveMsgRangeLimit Code = 10051

// GroupRemoveMsgNotFound 要删除的消息在该群中不存在。
//
// The message to delete is not in this group.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupRemoveMsgNotFound Code = 10052

// GroupAtMentionCountLimit 一条群消息中 @ 的对象超过 30 个的上限，请减少 @ 的人数或分批 @。
//
// A group message @-mentions more than 30 members, which is the limit. Mention
// fewer members, or spread the mentions over several messages.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupAtMentionCountLimit Code = 10053

// GroupMemberListTooLarge 群成员过多，无法一次全部返回，请分页拉取群成员。
//
// The group has too many members to return them all at once. Fetch the member
// list page by page.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupMemberListTooLarge Code = 10054

// GroupAttributeWriteConflict 群自定义属性写入冲突：有人在你之前修改了属性。请先拉取最新的群属性，再重新写入。
//
// A write to the custom group attributes conflicted with another write. Get the
// latest group attributes, apply the change to them again, then write.
//
// [RetryConflict]: re-read the current state, apply the change again, then retry.
//
// SDK name: ERR_SVR_GROUP_ATTRIBUTE_WRITE_CONFILCT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const GroupAttributeWriteConflict Code = 10056

// GroupTrialEditionCountLimit 体验版应用最多只能有 100 个群组，现已超出，请购买套餐以提高上限。
//
// Trial Edition apps are limited to 100 groups, and this limit has been
// exceeded. Buy a plan to raise it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupTrialEditionCountLimit Code = 10058

// GroupFeatureEditionRequired 该功能需要购买专业版、专业版 Plus 或企业版后才能使用。
//
// This feature can be used only after buying the Pro Edition, Pro Edition Plus
// or Enterprise Edition.
//
// Note: The previous page revision named the Ultimate Edition as the one
// required; the current online page names Pro, Pro Plus and Enterprise.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupFeatureEditionRequired Code = 10059

// GroupReadReceiptMemberLimit 群成员数超过了支持消息已读回执的群人数上限。
//
// The group has more members than the size limit for groups that support read
// receipts.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupReadReceiptMemberLimit Code = 10060

// GroupReadReceiptOnlineMsgUnsupported 在线消息不支持已读回执，请检查请求是否把消息设为在线消息同时又要求已读回执。
//
// Online messages cannot carry read receipts. Check whether the request marks
// the message as online-only and also asks for a read receipt.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupReadReceiptOnlineMsgUnsupported Code = 10061

// GroupReadReceiptNotFound 已读回执信息不存在；需要在发送消息时就设置需要已读回执。
//
// No read receipt information exists for the message. A read receipt has to be
// requested when the message is sent.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupReadReceiptNotFound Code = 10062

// GroupCounterKeyCountLimit 群计数器（GroupCounter）的 key 超过 20 个的上限，请精简 key。
//
// The group counter (GroupCounter) has more than 20 keys, which is the limit.
// Use fewer keys.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupCounterKeyCountLimit Code = 10063

// GroupPinnedMsgCountLimit 群内置顶消息的数量已达上限，无法再置顶新的消息。
//
// The group already has the maximum number of pinned messages, so no further
// message can be pinned.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_PINNED_MESSAGE_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const GroupPinnedMsgCountLimit Code = 10070

// GroupMsgAlreadyPinned 该消息已处于置顶状态，无需重复置顶。
//
// The message is already pinned; there is no need to pin it again.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_GROUP_MESSAGE_ALREADY_PINNED. Sources: sdk. Not in the document: the Chinese text is this package's own.
const GroupMsgAlreadyPinned Code = 10071

// GroupCommunityNotOpen 当前应用未开通社群功能，开通后才能使用社群相关能力。
//
// This app has not turned on community groups. Enable the feature to use
// community functions.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_COMMUNITY_GROUP_NOT_OPEN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const GroupCommunityNotOpen Code = 11000

// GroupTopicDeleteFailed 解散话题没有成功，请对照错误信息检查请求。
//
// Deleting the topic did not succeed. Check the request against the error
// message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const GroupTopicDeleteFailed Code = 110002

// GroupTopicDeleted 该话题已被解散，不存在了。
//
// The topic has already been deleted.
//
// Note: destroy_topic lists it as a deletion that failed because the topic was
// already deleted; get_topic as a request that failed because the topic was
// deleted (million_group_open_http_svc).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const GroupTopicDeleted Code = 110003

// GroupPermissionGroupNotFound110006 找不到该社群权限组：它从未创建过，或已被解散。
//
// No such community permission group: it was never created, or it has since
// been dismissed.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupPermissionGroupNotFound110006 Code = 110006

// GroupPermissionGroupDeleteFailed 删除社群权限组失败，请重试。
//
// Deleting the community permission group failed. Try again.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupPermissionGroupDeleteFailed Code = 110007

// GroupPermissionGroupNotFound110008 社群权限组不存在或已被删除，请换用其他权限组 ID。
//
// The community permission group is missing or was deleted. Use another
// permission group ID.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupPermissionGroupNotFound110008 Code = 110008

// GroupTopicAlreadyInPermissionGroup 该话题已在对应的权限组中，请更换权限组 ID 或话题 ID。
//
// The topic is already in this permission group. Use another permission group
// ID or topic ID.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupTopicAlreadyInPermissionGroup Code = 110010

// GroupTopicNotInPermissionGroup 该话题不在对应的权限组中，请更换权限组 ID 或话题 ID。
//
// The topic is not in this permission group. Use another permission group ID or
// topic ID.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupTopicNotInPermissionGroup Code = 110011

// GroupPermissionGroupMemberCountLimit 权限组的成员数超过上限，请减少成员数量。
//
// The permission group has more members than allowed. Reduce the number of
// members.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupPermissionGroupMemberCountLimit Code = 110012

// GroupInvalidTopicID 话题 ID 无效，请换用正确的话题 ID。
//
// The topic ID is invalid. Use a valid topic ID.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupInvalidTopicID Code = 110013

// GroupTopicPermissionDeleted 该话题权限已被删除，请更换权限组 ID 或话题 ID。
//
// This topic permission no longer exists because it was deleted. Use another
// permission group ID or topic ID.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const GroupTopicPermissionDeleted Code = 110014
