package errcode

// 开放消息: errors from sending messages through the open message
// service: parsing, signatures, friendship checks and muting.

// OpenMsgPkgParseFailed 解析请求包失败
//
// Failed to parse the request packet.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_PKG_PARSE_FAILED. Sources: document|webpage|sdk.
const OpenMsgPkgParseFailed Code = 20001

// OpenMsgSignatureAuthFailed 签名鉴权失败
//
// Signature authentication failed.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SVR_MSG_INTERNAL_AUTH_FAILED. Sources: document|webpage|sdk.
const OpenMsgSignatureAuthFailed Code = 20002

// OpenMsgInvalidID 账号无效或者账号未导入腾讯云
//
// The account is invalid, or it has not been imported into Tencent Cloud.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_INVALID_ID. Sources: document|webpage|sdk.
const OpenMsgInvalidID Code = 20003

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

// OpenMsgPushDeny 触发发单聊消息之前回调，APP后台返回禁止下发该消息
//
// The callback before sending a one-to-one message was triggered, and the
// app backend refused to deliver the message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_PUSH_DENY. Sources: document|webpage|sdk.
const OpenMsgPushDeny Code = 20006

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
// Sending a one-to-one message: you are not a friend of the other party
// (one-way relationship), so sending is forbidden.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_NOT_PEER_FRIEND. Sources: document|webpage|sdk.
const OpenMsgNotPeerFriend Code = 20010

// OpenMsgNotSelfFriend 发送单聊消息，对方不是自己的好友（单向关系），禁止发送
//
// Sending a one-to-one message: the other party is not your friend
// (one-way relationship), so sending is forbidden.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_NOT_SELF_FRIEND. Sources: document|webpage|sdk.
const OpenMsgNotSelfFriend Code = 20011

// OpenMsgShutUpDeny 因禁言，禁止发送消息
//
// Sending messages is forbidden because the sender is muted.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_MSG_SHUTUP_DENY. Sources: document|webpage|sdk.
const OpenMsgShutUpDeny Code = 20012
