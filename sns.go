package errcode

// 关系链系统: errors from the relationship chain: adding, importing,
// updating, checking, listing and deleting friends, pending friend requests
// and blocklists.

// SNSInvalidParameters 关系链解包失败，如果是REST API返回的错误码请对照REST API介绍文档仔细查看请求包格式是否完整，如果是非REST API返回的错误请联系技术客服。
//
// Relationship chain: failed to unpack the request. If a REST API returned
// this code, check the request format against the REST API documentation
// for completeness; otherwise, contact technical support.
//
// Note: The document says the relationship-chain request could not be unpacked.
// The 2025 SDK header and both page revisions describe it as invalid request
// parameters: check the required fields and their values against the API's
// documentation and the error text.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_INVALID_PARAMETERS. Sources: document|webpage|sdk.
const SNSInvalidParameters Code = 30001

// SNSInvalidSDKAppID SDKAppId非法，请再次尝试或联系技术客服。
//
// Invalid SDKAppID. Try again, or contact technical support.
//
// Note: The document calls it an invalid SDKAppID, while the 2025 SDK header
// and the previous page revision call it an SDKAppID mismatch. The current
// online page says the requested user account is invalid, for example a deleted
// account still cached by the SDK, and suggests reinstalling the app. As the
// sources do not agree, the hint stays as the document implies.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_INVALID_SDKAPPID. Sources: document|webpage|sdk.
const SNSInvalidSDKAppID Code = 30002

// SNSAccountNotFound 该用户账号不存在（尚未导入即时通信 IM），请先导入账号。
//
// No such user account: it has not been imported into Chat. Import the account
// first.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_ACCOUNT_NOT_FOUND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSAccountNotFound Code = 30003

// SNSAdminRequired 该请求需要 App 管理员权限：请求中的 From_Account 与实际发起方不一致时，调用者必须是 App 管理员。
//
// The request needs app administrator permission. When From_Account in the
// request differs from the real sender, the caller must be an app
// administrator.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_ADMIN_REQUIRED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSAdminRequired Code = 30004

// SNSSensitiveText 关系链请求被拒绝：可能是关系链字段中含有敏感词，也可能是应用未开通关注与粉丝功能，请根据错误信息判断。
//
// The relationship-chain request was refused: either a relationship field
// contains sensitive words, or the app has not enabled the follow and follower
// feature (it needs the Pro, Pro Plus or Enterprise Edition and must be turned
// on in the console). Use the error message to tell which.
//
// Note: The sources disagree: the 2025 SDK header
// (ERR_SVR_FRIENDSHIP_SENSITIVE_TEXT) says a relationship field contains
// sensitive words, while the current online page says the follow and follower
// feature is not enabled.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_SENSITIVE_TEXT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSSensitiveText Code = 30005

// SNSInternalError 处理关系链请求时服务端出错，可稍后重试；若一直失败请联系技术支持。
//
// Internal error in the relationship-chain service. Try again later, and
// contact technical support if it keeps failing.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_FRIENDSHIP_INTERNAL_ERROR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSInternalError Code = 30006

// SNSNetTimeout 关系链服务处理超时，请稍后重试。
//
// The relationship-chain service timed out. Try again later.
//
// Note: The 2025 SDK header and the previous page revision call this a network
// timeout; the current online page calls it a server-side internal timeout.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SVR_FRIENDSHIP_NET_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSNetTimeout Code = 30007

// SNSWriteConflict 多个请求同时写入同一份关系链数据，发生写冲突；建议改用批量接口一次完成修改。
//
// Concurrent writes to the same relationship-chain data conflicted. Prefer the
// batch APIs, which make the change in one request.
//
// [RetryConflict]: re-read the current state, apply the change again, then retry.
//
// SDK name: ERR_SVR_FRIENDSHIP_WRITE_CONFLICT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSWriteConflict Code = 30008

// SNSAddFriendDenied 该用户已被后台禁止发送加好友申请。
//
// This user has been barred by the backend from sending friend requests.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_ADD_FRIEND_DENY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSAddFriendDenied Code = 30009

// SNSFriendCountLimit 当前用户的好友人数已到系统允许的最大值，不能再添加新好友。
//
// Your own friend list has reached the system limit; no more friends can be
// added.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSFriendCountLimit Code = 30010

// SNSFriendGroupCountLimit 好友分组个数已到系统允许的最大值，不能再新建分组。
//
// The number of friend groups has reached the system limit.
//
// Note: The current online page words this so that it could be read as a limit
// on chat groups; the 2025 SDK header and the previous page revision make clear
// it means friend groups (friend lists).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_GROUP_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSFriendGroupCountLimit Code = 30011

// SNSPendencyCountLimit 待处理的好友申请（未决）数量已达系统上限；若加好友需要对方同意，建议每次请求最多添加 100 个好友。
//
// Too many friend requests are already pending; the system limit is reached.
// When adding a friend needs the other user's approval, add at most 100 friends
// per request.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_PENDENCY_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSPendencyCountLimit Code = 30012

// SNSBlacklistCountLimit 黑名单人数已到系统允许的最大值，不能再拉黑更多用户。
//
// No more users can be blocked: the blocklist is at its system maximum.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_BLACKLIST_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSBlacklistCountLimit Code = 30013

// SNSPeerFriendCountLimit 对方的好友人数已到系统允许的最大值，无法再与其建立好友关系。
//
// The other user's friend list has reached the system limit, so they cannot be
// added as a friend.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_PEER_FRIEND_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSPeerFriendCountLimit Code = 30014

// SNSAlreadyFriends 双方已经是好友，无需重复添加。
//
// The two users are already friends; there is no need to add them again.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_ALREADY_FRIENDS. Sources: sdk. Not in the document: the Chinese text is this package's own.
const SNSAlreadyFriends Code = 30015

// SNSAddFriendInvalidAddSource 加好友来源参数错误，加好友来源字符串中必须符合如下格式：“AddSource_Type_XXXXXXXX”，即必须包含前缀“AddSource_Type_”，"XXXXXXXX"为App自定义填写，最长不超过8字节，一个符合规范的加好友来源参数例如"AddSource_Type_Android"。
//
// Adding a friend: invalid add source. The add-source string must have the
// form "AddSource_Type_XXXXXXXX", i.e. it must start with the prefix
// "AddSource_Type_", and "XXXXXXXX" is set by the app and may be at most 8
// bytes; a valid example is "AddSource_Type_Android".
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSAddFriendInvalidAddSource Code = 30501

// SNSAddFriendParametersTooLong 加好友参数长度错误，好友备注的长度不能超过96字节，分组名称的长度不能超过30字节，加好友附言的长度不能超过256字节。
//
// Adding a friend: a parameter is too long: the friend remark may be at most 96
// bytes, the friend group name at most 30 bytes and the add-friend message at
// most 256 bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSAddFriendParametersTooLong Code = 30502

// SNSAddFriendInvalidCount 加好友个数错误，需要添加好友的个数为0，或者超过了1000。
//
// Adding a friend: invalid friend count: the number of friends to add is 0
// or more than 1000.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSAddFriendInvalidCount Code = 30503

// SNSAddFriendGetSDKAppIDFailed 加好友获取SDKAppId失败，请再次尝试或联系技术客服。
//
// Adding a friend: failed to get the SDKAppID. Try again, or contact technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendGetSDKAppIDFailed Code = 30504

// SNSAddFriendRunTaskFailed 加好友执行任务失败，请再次尝试或联系技术客服。
//
// Adding a friend: failed to run the task. Try again, or contact technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendRunTaskFailed Code = 30505

// SNSAddFriendGetFriendListError 获取好友列表错误，请再次尝试或联系技术客服。
//
// Adding a friend: error getting the friend list. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendGetFriendListError Code = 30506

// SNSAddFriendGetFriendListMetaError 获取好友列表元数据错误，请再次尝试或联系技术客服。
//
// Adding a friend: metadata error getting the friend list. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendGetFriendListMetaError Code = 30507

// SNSAddFriendGetFriendListRowError 拉取好友列表行数据错误，请再次尝试或联系技术客服。
//
// Adding a friend: row data error fetching the friend list. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendGetFriendListRowError Code = 30508

// SNSAddFriendSelfInfoRowError 添加己方好友信息行数据错误，请再次尝试或联系技术客服。
//
// Adding a friend: row data error adding the friend to your own friend list.
// Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendSelfInfoRowError Code = 30509

// SNSAddFriendSelfInfoMetaError 添加己方好友信息元数据错误，请再次尝试或联系技术客服。
//
// Adding a friend: metadata error adding the friend to your own friend list.
// Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendSelfInfoMetaError Code = 30510

// SNSAddFriendSelfInfoError 添加己方好友信息错误，请再次尝试或联系技术客服。
//
// Adding a friend: error adding the friend to your own friend list. Try again,
// or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendSelfInfoError Code = 30511

// SNSAddFriendDeleteSelfPendencyError 删除己方未决错误，请再次尝试或联系技术客服。
//
// Adding a friend: error deleting the pending request from your own pending
// list. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendDeleteSelfPendencyError Code = 30512

// SNSAddFriendGetBlacklistError 拉取黑名单列表错误，请再次尝试或联系技术客服。
//
// Adding a friend: error fetching the blocklist. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendGetBlacklistError Code = 30513

// SNSAddFriendCreateTaskFailed 添加好友新建任务失败，请再次尝试或联系技术客服。
//
// Adding a friend: failed to create the task. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendCreateTaskFailed Code = 30514

// SNSAddFriendInSelfBlacklist 已设置被加好友为黑名单，请求中要求添加的好友已经在自己的黑名单列表中，所以无法添加为好友，调用方可以捕捉该错误给用户一个合理的提示。
//
// Adding a friend: the user to add is in your own blocklist, so they
// cannot be added as a friend. Callers can catch this error and show the
// user a suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_IN_SELF_BLACKLIST. Sources: document|webpage|sdk.
const SNSAddFriendInSelfBlacklist Code = 30515

// SNSAddFriendAllowTypeDenyAny 被加好友设置禁止被添加，请求中要求添加的好友的加好友验证方式设置的是“拒绝添加”，所以无法添加为好友，调用方可以捕捉该错误给用户一个合理的提示。
//
// Adding a friend: the user to add has set their add-friend verification
// to "refuse all requests", so they cannot be added as a friend. Callers
// can catch this error and show the user a suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_ALLOW_TYPE_DENY_ANY. Sources: document|webpage|sdk.
const SNSAddFriendAllowTypeDenyAny Code = 30516

// SNSAddFriendTooManyPendency 未决一次被加满，请求中要求添加的好友中有大于100个好友设置的验证方式是“需要验证”，调用方可以捕捉该错误给用户一个合理的提示。
//
// Adding a friend: too many pending requests at once: more than 100 of the
// users to add have their verification set to "verification required".
// Callers can catch this error and show the user a suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSAddFriendTooManyPendency Code = 30517

// SNSAddFriendGroupFull 加好友组满，请求中要求添加的好友携带了新的分组信息，但是已有的分组个数加上新的分组的个数超过了32个，目前分组最大个数为32个，调用方可以捕捉该错误给用户一个合理的提示。
//
// Adding a friend: friend group limit reached: the request brings new friend
// groups, and the existing friend groups plus the new ones exceed 32; at most
// 32 friend groups are allowed. Callers can catch this error and show the user
// a suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSAddFriendGroupFull Code = 30518

// SNSAddFriendListFull 加好友好友满，请求中可以直接添加为好友的好友个数和已有的好友个数之和超过了1000个，调用方可以捕捉该错误给用户一个合理的提示。
//
// Adding a friend: friend list full: the friends that can be added
// directly plus the existing friends exceed 1000. Callers can catch this
// error and show the user a suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSAddFriendListFull Code = 30519

// SNSAddFriendAlreadyFriend 加好友好友已经存在，请求添加的好友已经是自己的好友了，调用方可以捕捉该错误给用户一个合理的提示。
//
// Adding a friend: already a friend: the user to add is already your
// friend. Callers can catch this error and show the user a suitable
// message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSAddFriendAlreadyFriend Code = 30520

// SNSAddFriendProfileNotFound 获取好友资料信息不存在，请求添加的好友在系统中不存在任何资料，调用方可以捕捉该错误给用户一个合理的提示。
//
// Adding a friend: friend profile not found: the user to add has no
// profile data in the system. Callers can catch this error and show the
// user a suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSAddFriendProfileNotFound Code = 30521

// SNSAddFriendGetProfileError 获取好友资料信息错误，请再次尝试或联系技术客服。
//
// Adding a friend: error getting the friend's profile info. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendGetProfileError Code = 30522

// SNSAddFriendGetProfileRowError 获取好友资料信息行数据错误，请再次尝试或联系技术客服。
//
// Adding a friend: row data error getting the friend's profile info. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendGetProfileRowError Code = 30523

// SNSAddFriendGetPeerBlacklistError 获取被加好友的的黑名单错误，请再次尝试或联系技术客服。
//
// Adding a friend: error getting the blocklist of the user being added.
// Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendGetPeerBlacklistError Code = 30524

// SNSAddFriendInPeerBlacklist 已被被加好友设置为黑名单，请求中要求添加对方为好友，但是对方已经设置自己为黑名单了，所以无法添加为好友，调用方可以捕捉该错误给用户一个合理的提示。
//
// Adding a friend: the request asks to add the other user as a friend, but the
// other user has put you in their blocklist, so they cannot be added. Callers
// can catch this error and show the user a suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_IN_PEER_BLACKLIST. Sources: document|webpage|sdk.
const SNSAddFriendInPeerBlacklist Code = 30525

// SNSAddFriendGetRelationError 获取对方和己方的好友关系错误，请再次尝试或联系技术客服。
//
// Adding a friend: error getting the friend relationship between you and the
// other user. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendGetRelationError Code = 30526

// SNSAddFriendGetRelationRowError 获取对方和己方的好友关系行数据错误，请再次尝试或联系技术客服。
//
// Adding a friend: row data error getting the friend relationship between you
// and the other user. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendGetRelationRowError Code = 30527

// SNSAddFriendPeerGetSeqError 添加对方好友信息时获取序列号错误，请再次尝试或联系技术客服。
//
// Adding a friend: error getting the sequence number while adding the other
// user's friend info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendPeerGetSeqError Code = 30528

// SNSAddFriendPeerGetSeqMetaError 添加对方好友信息时获取序列号元数据错误，请再次尝试或联系技术客服。
//
// Adding a friend: metadata error getting the sequence number while adding the
// other user's friend info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendPeerGetSeqMetaError Code = 30529

// SNSAddFriendPeerGetPendencyError 添加对方好友信息时获取未决错误，请再次尝试或联系技术客服。
//
// Adding a friend: error getting the pending request while adding the other
// user's friend info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendPeerGetPendencyError Code = 30530

// SNSAddFriendPeerGetPendencyRowError 添加对方好友信息时获取未决行数据错误，请再次尝试或联系技术客服。
//
// Adding a friend: row data error getting the pending request while adding the
// other user's friend info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendPeerGetPendencyRowError Code = 30531

// SNSAddFriendPeerDeletePendencyFailed 添加对方好友信息时删除未决失败，请再次尝试或联系技术客服。
//
// Adding a friend: failed to delete the pending request while adding the other
// user's friend info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendPeerDeletePendencyFailed Code = 30532

// SNSAddFriendPeerGetCountFailed 添加对方好友信息时获取好友数目失败，请再次尝试或联系技术客服。
//
// Adding a friend: failed to get the friend count while adding the other user's
// friend info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendPeerGetCountFailed Code = 30533

// SNSAddFriendPeerCountSeqMismatch 添加对方好友信息时获取好友数目序列号不一致，请再次尝试或联系技术客服。
//
// Adding a friend: the sequence number of the friend count did not match while
// adding the other user's friend info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendPeerCountSeqMismatch Code = 30534

// SNSAddFriendPeerListFull 添加对方好友信息好友满，请求中要求添加对方为好友，但是对方的好友表已经超过了1000个。
//
// Adding a friend: the other user's friend list is full: the request asks to
// add the other user as a friend, but their friend list already exceeds 1000.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSAddFriendPeerListFull Code = 30535

// SNSAddFriendPeerInfoMetaError 添加对方好友信息元数据错误，请再次尝试或联系技术客服。
//
// Adding a friend: metadata error adding the other user's friend info. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendPeerInfoMetaError Code = 30536

// SNSAddFriendPeerInfoRowError 添加对方好友信息行数据错误，请再次尝试或联系技术客服。
//
// Adding a friend: row data error adding the other user's friend info. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendPeerInfoRowError Code = 30537

// SNSAddFriendPeerInfoError 添加对方好友信息错误，请再次尝试或联系技术客服。
//
// Adding a friend: error adding the other user's friend info. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSAddFriendPeerInfoError Code = 30538

// SNSAddFriendAllowTypeNeedConfirm 加未决成功，使用特殊错误码特殊标示和好友加成功进行区分，调用方可以捕捉该错误给用户一个合理的提示。
//
// Adding a friend: a pending request was added successfully; this special
// code marks it apart from a friend added directly. Callers can catch this
// error and show the user a suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_ALLOW_TYPE_NEED_CONFIRM. Sources: document|webpage|sdk.
const SNSAddFriendAllowTypeNeedConfirm Code = 30539

// SNSAddFriendSecurityRestricted 添加好友被安全策略打击，请再次尝试或联系技术客服。
//
// Adding a friend: the request was hit by the security policy. Try again,
// or contact technical support.
//
// Note: The previous page revision and the 2025 SDK header list it as a friend
// request blocked by the security policy for being sent too often, in line
// with the document. It has been dropped from the current online page.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_FRIENDSHIP_ADD_FRIEND_SEC_RSTR. Sources: document|webpage|sdk.
const SNSAddFriendSecurityRestricted Code = 30540

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

// SNSGetPendencyInvalidType 获取未决参数错误，请求包中未决参数类型的取值非法，合法取值范围是：“Pendency_Type_ComeIn”、“Pendency_Type_SendOut”和“Pendency_Type_Both”。
//
// Getting pending requests: invalid parameter: the pending request type in
// the request is invalid; valid values are "Pendency_Type_ComeIn",
// "Pendency_Type_SendOut" and "Pendency_Type_Both".
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSGetPendencyInvalidType Code = 31001

// SNSGetPendencyAddSourceError 获取的好友来源错误，请再次尝试或联系技术客服。
//
// Getting pending requests: the friend source obtained is invalid. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencyAddSourceError Code = 31002

// SNSGetPendencyKeyNotFound 获取未决时主键不存在，请再次尝试或联系技术客服。
//
// Getting pending requests: the primary key does not exist. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencyKeyNotFound Code = 31003

// SNSGetPendencySeqError 获取未决时序列号错误，请再次尝试或联系技术客服。
//
// Getting pending requests: sequence number error. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencySeqError Code = 31004

// SNSGetPendencySeqMetaError 获取未决时序列号元数据错误，请再次尝试或联系技术客服。
//
// Getting pending requests: sequence number metadata error. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencySeqMetaError Code = 31005

// SNSGetPendencyError 获取未决错误，请再次尝试或联系技术客服。
//
// Getting pending requests: error reading the pending requests. Try again,
// or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencyError Code = 31006

// SNSGetPendencyMetaError 获取未决元数据错误，请再次尝试或联系技术客服。
//
// Getting pending requests: metadata error reading the pending requests.
// Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencyMetaError Code = 31007

// SNSGetPendencyNicknameTaskFailed 获取未决昵称执行任务失败，请再次尝试或联系技术客服。
//
// Getting pending requests: failed to run the task that gets the
// nicknames. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetPendencyNicknameTaskFailed Code = 31008

// SNSGetAllFriendsInvalidParameters 拉取所有好友参数错误，请再次尝试或联系技术客服。
//
// Getting all friends: invalid parameters. Try again, or contact technical
// support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsInvalidParameters Code = 31101

// SNSGetAllFriendsTooManyFields 拉取所有好友时字段数目异常，请求包体中的字段数量超过了30个。
//
// Getting all friends: abnormal field count: the request body has more
// than 30 fields.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsTooManyFields Code = 31102

// SNSGetAllFriendsKeyNotFound 拉取所有好友主键不存在，请再次尝试或联系技术客服。
//
// Getting all friends: the primary key does not exist. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsKeyNotFound Code = 31103

// SNSGetAllFriendsGetSeqError 拉取所有好友获取序列号错误，请再次尝试或联系技术客服。
//
// Getting all friends: error getting the sequence number. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsGetSeqError Code = 31104

// SNSGetAllFriendsGetSeqMetaError 拉取所有好友获取序列号元数据错误，请再次尝试或联系技术客服。
//
// Getting all friends: metadata error getting the sequence number. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsGetSeqMetaError Code = 31105

// SNSGetAllFriendsFieldStringError 拉取所有好友获取字段对应的字符串错误，请再次尝试或联系技术客服。
//
// Getting all friends: error getting the string for a field. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsFieldStringError Code = 31106

// SNSGetAllFriendsStdError 拉取所有好友关系链标配信息错误，请再次尝试或联系技术客服。
//
// Getting all friends: error in the relationship-chain standard-field
// info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsStdError Code = 31107

// SNSGetAllFriendsStdGroupError 拉取所有好友关系链标配信息组数据错误，请再次尝试或联系技术客服。
//
// Getting all friends: friend group data error in the relationship-chain
// standard-field info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsStdGroupError Code = 31108

// SNSGetAllFriendsStdRowError 拉取所有好友关系链标配信息行数据错误，请再次尝试或联系技术客服。
//
// Getting all friends: row data error in the relationship-chain
// standard-field info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsStdRowError Code = 31109

// SNSGetAllFriendsCustomError 拉取所有好友关系链自定义信息错误，请再次尝试或联系技术客服。
//
// Getting all friends: error in the relationship-chain custom-field info.
// Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsCustomError Code = 31110

// SNSGetAllFriendsCustomRowError 拉取所有好友关系链自定义信息行数据错误，请再次尝试或联系技术客服。
//
// Getting all friends: row data error in the relationship-chain
// custom-field info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsCustomRowError Code = 31111

// SNSGetAllFriendsRunTaskFailed 拉取所有好友执行任务失败，请再次尝试或联系技术客服。
//
// Getting all friends: failed to run the task. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetAllFriendsRunTaskFailed Code = 31112

// SNSGetFriendInvalidParameters 按列表拉取好友参数错误，请再次尝试或联系技术客服。
//
// Getting friends by list: invalid parameters. Try again, or contact
// technical support.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSGetFriendInvalidParameters Code = 31201

// SNSGetFriendTooManyFields 按列表拉取好友时字段数目异常，请求包体中的字段数量超过了30个。
//
// Getting friends by list: abnormal field count: the request body has more
// than 30 fields.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSGetFriendTooManyFields Code = 31202

// SNSGetFriendKeyNotFound 按列表拉取好友主键不存在，请再次尝试或联系技术客服。
//
// Getting friends by list: the primary key does not exist. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendKeyNotFound Code = 31203

// SNSGetFriendStdError 按列表拉取好友关系链标配信息错误，请再次尝试或联系技术客服。
//
// Getting friends by list: error in the relationship-chain standard-field
// info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendStdError Code = 31204

// SNSGetFriendStdGroupError 按列表拉取好友关系链标配信息组数据错误，请再次尝试或联系技术客服。
//
// Getting friends by list: friend group data error in the relationship-chain
// standard-field info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendStdGroupError Code = 31205

// SNSGetFriendStdRowError 按列表拉取好友关系链标配信息行数据错误，请再次尝试或联系技术客服。
//
// Getting friends by list: row data error in the relationship-chain
// standard-field info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendStdRowError Code = 31206

// SNSGetFriendCustomError 按列表拉取好友关系链自定义信息错误，请再次尝试或联系技术客服。
//
// Getting friends by list: error in the relationship-chain custom-field
// info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendCustomError Code = 31207

// SNSGetFriendCustomRowError 按列表拉取好友关系链自定义信息行数据错误，请再次尝试或联系技术客服。
//
// Getting friends by list: row data error in the relationship-chain
// custom-field info. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendCustomRowError Code = 31208

// SNSGetFriendRunTaskFailed 按列表拉取好友取执行任务失败，请再次尝试或联系技术客服。
//
// Getting friends by list: failed to run the task. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendRunTaskFailed Code = 31209

// SNSGetFriendFieldStringError 按列表拉取好友获取字段对应的字符串错误，请再次尝试或联系技术客服。
//
// Getting friends by list: error getting the string for a field. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendFieldStringError Code = 31210

// SNSGetFriendNotFound 按列表拉取好友不存在，拉取指定好友，但是指定好友并不在好友表中，调用方可以捕捉该错误给用户一个合理的提示。
//
// Getting friends by list: friend not found: a specified friend is not in
// your friend list. Callers can catch this error and show the user a
// suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSGetFriendNotFound Code = 31211

// SNSGetFriendCreateTaskFailed 拉取好友新建任务失败，请再次尝试或联系技术客服。
//
// Getting friends: failed to create the task. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendCreateTaskFailed Code = 31212

// SNSGetFriendProfileStdKeyNotFound 拉取好友资料标配信息主键不存在，请再次尝试或联系技术客服。
//
// Getting friend profiles: the primary key of the standard-field info does
// not exist. Try again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendProfileStdKeyNotFound Code = 31213

// SNSGetFriendProfileStdError 拉取好友资料标配信息错误，请再次尝试或联系技术客服。
//
// Getting friend profiles: error in the standard-field info. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendProfileStdError Code = 31214

// SNSGetFriendProfileStdRowError 拉取好友资料标配信息行数据错误，请再次尝试或联系技术客服。
//
// Getting friend profiles: row data error in the standard-field info. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendProfileStdRowError Code = 31215

// SNSGetFriendProfileCustomError 拉取好友资料自定义信息错误，请再次尝试或联系技术客服。
//
// Getting friend profiles: error in the custom-field info. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendProfileCustomError Code = 31216

// SNSGetFriendProfileCustomRowError 拉取好友资料自定义行数据错误，请再次尝试或联系技术客服。
//
// Getting friend profiles: custom-field row data error. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSGetFriendProfileCustomRowError Code = 31217

// SNSDeleteFriendInvalidCount 删除好友的请求个数非法，删除好友请求包中的好友个数为0或者大于1000。
//
// Deleting friends: invalid request count: the number of friends in the
// delete request is 0 or more than 1000.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSDeleteFriendInvalidCount Code = 31701

// SNSDeleteFriendInvalidType 删除好友的请求类型非法，删除好友请求包中的类型取值非法，合法取值范围是：“Delete_Type_Single”、“Delete_Type_Both”。
//
// Deleting friends: invalid request type: the type in the delete request
// is invalid; valid values are "Delete_Type_Single" and
// "Delete_Type_Both".
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: document.
const SNSDeleteFriendInvalidType Code = 31702

// SNSDeleteFriendCheckForwardStdFailed 校验正向的标配数据失败，请再次尝试或联系技术客服。
//
// Deleting friends: failed to verify the forward standard-field data. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSDeleteFriendCheckForwardStdFailed Code = 31703

// SNSDeleteFriendNonFriend 请求删除的号码不是好友，调用方可以捕捉该错误码给用户一个合理的提示。
//
// Deleting friends: the account requested for deletion is not a friend.
// Callers can catch this error and show the user a suitable message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_DEL_NONFRIEND. Sources: document|webpage|sdk.
const SNSDeleteFriendNonFriend Code = 31704

// SNSDeleteFriendForwardStdFailed 删除正向的标配数据失败，请再次尝试或联系技术客服。
//
// Deleting friends: failed to delete the forward standard-field data. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSDeleteFriendForwardStdFailed Code = 31705

// SNSDeleteFriendReverseFailed 删除反向数据失败，请再次尝试或联系技术客服。
//
// Deleting friends: failed to delete the reverse data. Try again, or
// contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSDeleteFriendReverseFailed Code = 31706

// SNSDeleteFriendSecurityRestricted 恶意删好友请求，删除频率过快，请再次尝试或联系技术客服。
//
// Deleting friends: malicious delete requests: friends are being deleted
// too frequently. Try again, or contact technical support.
//
// Note: The previous page revision and the 2025 SDK header list it as a friend
// deletion blocked by the security policy, and the document as deletions sent
// too fast. It has been dropped from the current online page.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SVR_FRIENDSHIP_DEL_FRIEND_SEC_RSTR. Sources: document|webpage|sdk.
const SNSDeleteFriendSecurityRestricted Code = 31707

// SNSAccountNotFound31804 请求的对象不存在：可能是用户账号不存在，也可能是要删除的好友申请（未决）不存在。
//
// The target of the request does not exist: either the requested user account,
// or the pending friend request that was to be deleted.
//
// Note: The sources read it differently: the 2025 SDK header and the previous
// page revision speak of a user account that cannot be found, the current
// online page of a pending friend request, due for deletion, that cannot be
// found.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_ACCOUNT_NOT_FOUND_EX. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SNSAccountNotFound31804 Code = 31804

// SNSSelfFollowingCountLimit 当前用户关注的人数已到上限，不能再关注更多用户。
//
// The number of users you follow has reached the limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_SELF_FOLLOWING_COUNT_EXCEEDS_LIMIT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const SNSSelfFollowingCountLimit Code = 32100

// SNSPeerFollowersCountLimit 对方拥有的粉丝已到人数上限，暂时无法再关注对方。
//
// The other user has reached the limit on followers, so you cannot follow them.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_PEER_FOLLOWERS_COUNT_EXCEEDS_LIMIT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const SNSPeerFollowersCountLimit Code = 32101

// SNSSelfMutualFollowersCountLimit 当前用户与他人互相关注的人数已到上限。
//
// Your number of mutual follows has reached the limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_SELF_MUTUAL_FOLLOWERS_COUNT_EXCEEDS_LIMIT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const SNSSelfMutualFollowersCountLimit Code = 32102

// SNSPeerMutualFollowersCountLimit 对方与他人互相关注的人数已到上限。
//
// The other user's number of mutual follows has reached the limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SVR_FRIENDSHIP_PEER_MUTUAL_FOLLOWERS_COUNT_EXCEEDS_LIMIT. Sources: sdk. Not in the document: the Chinese text is this package's own.
const SNSPeerMutualFollowersCountLimit Code = 32103

// SNSDeleteAllFriendsCheckSDKAppIDFailed 删除所有好友时校验SDKAppId失败，请再次尝试或联系技术客服。
//
// Deleting all friends: failed to verify the SDKAppID. Try again, or contact
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSDeleteAllFriendsCheckSDKAppIDFailed Code = 32901

// SNSDeleteAllFriendsStdFailed 删除所有好友时删除标配数据失败，请再次尝试或联系技术客服。
//
// Deleting all friends: failed to delete the standard-field data. Try
// again, or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSDeleteAllFriendsStdFailed Code = 32902

// SNSDeleteAllFriendsCustomFailed 删除所有好友时删除自定义数据失败，请再次尝试或联系技术客服。
//
// Deleting all friends: failed to delete the custom-field data. Try again,
// or contact technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: document.
const SNSDeleteAllFriendsCustomFailed Code = 32903
