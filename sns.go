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
