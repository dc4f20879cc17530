package errcode

// 开放消息: errors from sending messages through the open message
// service: parsing, signatures, friendship checks and muting.

// OpenMsgPacketParseFailed 解析请求包失败
//
// Failed to parse the request.
//
// Note: The document says the request could not be parsed, and both page
// revisions call it an invalid request. The 2025 SDK header also tells you to
// check that the sender and recipient accounts exist, which hints at an account
// cause the other sources do not mention.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_PKG_PARSE_FAILED. Sources: document|webpage|sdk.
const OpenMsgPacketParseFailed Code = 20001

// OpenMsgSignatureAuthFailed 签名鉴权失败
//
// Signature authentication failed.
//
// Note: The document calls this a signature authentication failure and the 2025
// SDK header an internal authentication failure. The previous page revision
// says the UserSig or A2 ticket is invalid, and the current online page says it
// has expired and the user must log in again. As the sources do not agree, the
// hint stays as the document implies.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_MSG_INTERNAL_AUTH_FAILED. Sources: document|webpage|sdk.
const OpenMsgSignatureAuthFailed Code = 20002

// OpenMsgInvalidAccount 账号无效或者账号未导入腾讯云
//
// The account is invalid, or it has not been imported into Tencent Cloud.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_ID. Sources: document|webpage|sdk.
const OpenMsgInvalidAccount Code = 20003

// OpenMsgNetError 网络异常，请重试
//
// Network error. Retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_MSG_NET_ERROR. Sources: document|webpage|sdk.
const OpenMsgNetError Code = 20004

// OpenMsgInternalError 服务器异常，请重试
//
// Server error. Retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_MSG_INTERNAL_ERROR1. Sources: document|webpage|sdk.
const OpenMsgInternalError Code = 20005

// OpenMsgCallbackRejected 触发发单聊消息之前回调，APP后台返回禁止下发该消息
//
// A before-send webhook for one-to-one messages ran, and the app backend's
// answer told the server not to deliver the message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_PUSH_DENY. Sources: document|webpage|sdk.
const OpenMsgCallbackRejected Code = 20006

// OpenMsgInPeerBlacklist 对方已将发送者加入黑名单，这条单聊消息不能发出。默认情况下发送方会看到消息发送失败，可在控制台修改这一场景下的显示结果。
//
// The one-to-one message was refused because the recipient has put the sender
// on their blocklist. By default the sender sees the message as failed; in the
// Chat console you can change how this case is shown (see the blocklist check
// settings).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_IN_PEER_BLACKLIST. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const OpenMsgInPeerBlacklist Code = 20007

// OpenMsgSDKAppIDMismatch 发送方和接收方属于不同的 SDKAppID，通常是客户端换了 SDKAppID 却没有清理本地数据库。切换 SDKAppID 时应删除旧的本地数据库，或清空客户端缓存和数据后重新安装。
//
// The two users of the message are registered under different SDKAppIDs. The
// usual cause is a client that moved to another SDKAppID but kept its old local
// database. Remove that database whenever the SDKAppID changes, or wipe the
// app's cache and data and install it again.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgSDKAppIDMismatch Code = 20008

// OpenMsgNotFriends 消息发送双方互相不是好友，禁止发送（配置单聊消息校验好友关系才会出现）
//
// The sender and the receiver are not friends with each other, so sending
// is forbidden (this only happens when one-to-one messages are configured
// to check the friend relationship).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_BOTH_NOT_FRIEND. Sources: document|webpage|sdk.
const OpenMsgNotFriends Code = 20009

// OpenMsgNotPeerFriend 发送单聊消息，自己不是对方的好友（单向关系），禁止发送
//
// Sending a one-to-one message: you are not a friend of the other user (one-way
// relationship), so sending is forbidden.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_NOT_PEER_FRIEND. Sources: document|webpage|sdk.
const OpenMsgNotPeerFriend Code = 20010

// OpenMsgNotSelfFriend 发送单聊消息，对方不是自己的好友（单向关系），禁止发送
//
// One-to-one message blocked: the recipient is not on the sender's friend list
// (the friendship only goes one way).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_NOT_SELF_FRIEND. Sources: document|webpage|sdk.
const OpenMsgNotSelfFriend Code = 20011

// OpenMsgShutUpDenied 因禁言，禁止发送消息
//
// Sending messages is forbidden because the sender is muted.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_SHUTUP_DENY. Sources: document|webpage|sdk.
const OpenMsgShutUpDenied Code = 20012

// OpenMsgRevokeTimeLimit 撤回失败：这条消息已经超出可撤回的时限（默认 2 分钟）。
//
// The message can no longer be recalled: the recall time limit (2 minutes by
// default) has passed.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_REVOKE_TIME_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const OpenMsgRevokeTimeLimit Code = 20016

// OpenMsgDeleteRoamingInternalError 删除漫游消息时服务端出现内部错误。请重试；若频繁发生，请联系即时通信 IM 技术支持。
//
// An internal error occurred on the server while deleting roaming messages.
// Retry; if it happens often, contact Chat technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_MSG_DEL_RAMBLE_INTERNAL_ERROR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const OpenMsgDeleteRoamingInternalError Code = 20018

// OpenMsgRevokeMsgNotFound 要撤回的消息不存在，请核对撤回请求指向的是哪条消息。
//
// No message matches the recall request. Check which message the request
// identifies.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgRevokeMsgNotFound Code = 20022

// OpenMsgAlreadyRevoked 这条消息此前已经被撤回。
//
// The message has already been recalled.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgAlreadyRevoked Code = 20023

// OpenMsgVersionConflict 消息版本号冲突：消息在你读取之后已被修改。请先拉取最新的消息，再重新执行修改。
//
// The message version number does not match the stored one: the message changed
// after you read it. Fetch the latest version of the message and apply the
// change to it again.
//
// [RetryConflict]: re-read the current state, apply the change again, then retry.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgVersionConflict Code = 20027

// OpenMsgConcurrentModifyConflict 多个请求同时修改同一条消息而发生冲突，本次修改未生效，请重试。
//
// Several requests modified the same message at the same time and this change
// lost the race. Try the change again.
//
// [RetryConflict]: re-read the current state, apply the change again, then retry.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgConcurrentModifyConflict Code = 20028

// OpenMsgSetTokenBeforeLogin 设置推送 token 的请求比登录请求更早到达后台。请先完成登录，再设置 token。
//
// The request that sets the push token reached the backend before the login
// request did. Finish logging in first, then set the token.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgSetTokenBeforeLogin Code = 21005

// OpenMsgPushCertificateNotUploaded 还没有上传离线推送证书。请在控制台开启离线推送功能并上传相应的证书。
//
// There is no offline push certificate on file. Turn on offline push in the
// console and upload the certificate for the vendor channel.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgPushCertificateNotUploaded Code = 22001

// OpenMsgNetError22002 出现网络问题，请稍后重试；频繁发生时请联系即时通信 IM 技术支持。
//
// A network problem occurred. Retry; if it happens often, contact Chat
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgNetError22002 Code = 22002

// OpenMsgPushTokenEmpty 上传的 token 是空的（长度为 0），请检查。
//
// The uploaded token is empty (its length is 0). Check the token before setting
// it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgPushTokenEmpty Code = 22003

// OpenMsgPushTokenLengthLimit 上传的 token 长度超过 256 字节，请检查 token。
//
// The uploaded token is longer than 256 bytes. Check the token.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgPushTokenLengthLimit Code = 22004

// OpenMsgLoginDataLengthLimit 登录请求携带的数据超过 1024 字节。
//
// The login request carries more than 1024 bytes of data.
//
// Note: Only the previous page revision lists this code; the current online
// page no longer does.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgLoginDataLengthLimit Code = 22005

// OpenMsgRequestFreqLimit 请求频率超出限制，请降低操作频率。
//
// Requests are sent more often than allowed. Lower the operation frequency.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgRequestFreqLimit Code = 22006

// OpenMsgDAUFreeQuotaLimit 日活跃用户数（DAU）超出免费额度：应用为体验版或开发版，发消息的人数已超过免费上限。如需解除限制，请将应用升级为标准版、专业版、专业版 Plus 或企业版。
//
// Daily active users (DAU) exceed the free quota: the app is on the Trial or
// Development edition and more users sent messages than the free quota allows.
// Upgrade the app to the Standard, Pro, Pro Plus or Enterprise edition to lift
// the limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: webpage. Not in the document: the Chinese text is this package's own.
const OpenMsgDAUFreeQuotaLimit Code = 22007

// OpenMsgExtensionConflict 消息扩展写入冲突：多个用户同时修改了同一个 key。请拉取该消息最新的扩展，再重新设置。
//
// A write to a message extension conflicted with another one: several users
// changed the same key at the same time. Get the latest extensions of the
// message, apply the change again, then set it.
//
// [RetryConflict]: re-read the current state, apply the change again, then retry.
//
// SDK name: ERR_SVR_MSG_EXTENSION_CONFLICT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const OpenMsgExtensionConflict Code = 23001

// OpenMsgExtensionNotSupported 这条消息发送时没有开启消息扩展，因此不能给它设置扩展。
//
// The message was not sent with message extensions turned on, so no extension
// can be set on it.
//
// Note: set_key_values lists it for one-to-one messages and
// group_set_key_values for group messages. A message can carry extensions only
// if it was sent with SupportMessageExtension set.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const OpenMsgExtensionNotSupported Code = 23002

// OpenMsgExtensionFreqLimit 给同一条消息设置扩展（KV）过于频繁：每条消息每分钟最多 200 次。
//
// Extensions (key-value pairs) are being set on one message too often: at most
// 200 times a minute for each message.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const OpenMsgExtensionFreqLimit Code = 23003

// OpenMsgExtensionNotFound 删除失败：该消息上没有要删除的这个扩展。
//
// The message extension you tried to delete does not exist on the message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_EXTENSION_NOT_EXIST. Sources: sdk. Not in the document: the Chinese text is this package's own.
const OpenMsgExtensionNotFound Code = 23004

// OpenMsgReactionCountLimit 这条消息上的 Reaction 数量已达上限，不能再添加新的 Reaction。
//
// The message already has the maximum number of reactions; no new reaction can
// be added to it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_REACTION_COUNT_LIMIT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const OpenMsgReactionCountLimit Code = 23005

// OpenMsgReactionUserCountLimit 这个 Reaction 的用户数已达上限，不能再加入更多用户。
//
// The reaction already has the maximum number of users; no more users can be
// added to it.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_REACTION_USER_COUNT_LIMIT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const OpenMsgReactionUserCountLimit Code = 23006

// OpenMsgReactionAlreadyContainsUser 当前操作的用户已经在这个 Reaction 中，无需再次添加。
//
// The current user is already part of this reaction, so it cannot be added
// again.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_REACTION_ALREADY_CONTAIN_USER. Sources: sdk. Not in the document: the Chinese text is this package's own.
const OpenMsgReactionAlreadyContainsUser Code = 23007

// OpenMsgReactionNotFound 指定的 Reaction 在这条消息上不存在。
//
// The reaction does not exist on the message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_REACTION_NOT_EXISTS. Sources: sdk. Not in the document: the Chinese text is this package's own.
const OpenMsgReactionNotFound Code = 23008

// OpenMsgReactionDoesNotContainUser 当前操作的用户不在这个 Reaction 中，例如要移除一个自己从未添加过的 Reaction。
//
// The reaction does not include the current user, for example when the user
// removes a reaction they never added.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_REACTION_NOT_CONTAIN_USER. Sources: sdk. Not in the document: the Chinese text is this package's own.
const OpenMsgReactionDoesNotContainUser Code = 23009
