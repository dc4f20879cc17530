package errcode

// SDK错误码, part 2: the legacy Chat SDK V3 codes from 6100 to 6199, about
// binding, packets and the friendship proxy. The constants of CategorySDK
// are spread over sdk.go and its sdk_*.go parts only to keep each file short.

// SDKBindUnknownError V3 旧版 SDK：QALSDK 执行 BIND 失败，原因不明。
//
// Legacy Chat SDK V3: the QALSDK BIND operation failed for an unknown reason.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_BIND_FAIL_UNKNOWN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindUnknownError Code = 6100

// SDKBindNoSSOTicket V3 旧版 SDK：BIND 失败，没有 SSO 票据。
//
// Legacy Chat SDK V3: BIND failed because the SSO ticket is missing.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_BIND_FAIL_NO_SSOTICKET. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindNoSSOTicket Code = 6101

// SDKBindRepeated V3 旧版 SDK：BIND 被重复执行。
//
// Legacy Chat SDK V3: the BIND operation was repeated although it had already
// been done.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_BIND_FAIL_REPEATD_BIND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindRepeated Code = 6102

// SDKBindTinyIDEmpty V3 旧版 SDK：BIND 失败，TinyId 为空。
//
// Legacy Chat SDK V3: BIND failed because the TinyId is empty.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_BIND_FAIL_TINYID_NULL. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindTinyIDEmpty Code = 6103

// SDKBindGUIDEmpty V3 旧版 SDK：BIND 失败，GUID 为空。
//
// Legacy Chat SDK V3: BIND failed because the GUID is empty.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_BIND_FAIL_GUID_NULL. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindGUIDEmpty Code = 6104

// SDKBindUnpackRegisterPacketFailed V3 旧版 SDK：BIND 时无法解开注册包。
//
// Legacy Chat SDK V3: BIND failed because the registration packet could not be
// unpacked.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_BIND_FAIL_UNPACK_REGPACK_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindUnpackRegisterPacketFailed Code = 6105

// SDKBindRegisterTimeout V3 旧版 SDK：BIND 过程中注册超时。
//
// Legacy Chat SDK V3: registration timed out during BIND.
//
// Note: The old document gives this meaning (registration timed out, retry)
// under 6016, a number that all current sources use for an invalid message
// element; SDKRegisterTimeout keeps the document's text for 6016.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_BIND_FAIL_REG_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindRegisterTimeout Code = 6106

// SDKBindInProgress V3 旧版 SDK：已有 BIND 操作在进行，请等它结束。
//
// Legacy Chat SDK V3: a BIND operation is already in progress. Wait for it to
// finish.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_BIND_FAIL_ISBINDING. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKBindInProgress Code = 6107

// SDKPacketUnknownError V3 旧版 SDK：发送数据包时出现未知错误。
//
// Legacy Chat SDK V3: an unknown error occurred while sending a packet.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_UNKNOWN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketUnknownError Code = 6120

// SDKPacketNoNetOnRequest V3 旧版 SDK：发送请求包的时候没有网络。
//
// Legacy Chat SDK V3: there was no network connection when the request packet
// was sent.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_REQ_NO_NET. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketNoNetOnRequest Code = 6121

// SDKPacketNoNetOnResponse V3 旧版 SDK：发送回复包的时候没有网络。
//
// Legacy Chat SDK V3: there was no network connection when the response packet
// was sent.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_RESP_NO_NET. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketNoNetOnResponse Code = 6122

// SDKPacketRequestNoAuth V3 旧版 SDK：发送请求包时不具备权限（未通过鉴权）。
//
// Legacy Chat SDK V3: the request packet was sent without the required
// authorization.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_PACKET_FAIL_REQ_NO_AUTH. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketRequestNoAuth Code = 6123

// SDKPacketSSOError V3 旧版 SDK：发包时 SSO 返回错误。
//
// Legacy Chat SDK V3: the SSO reported an error while a packet was being sent.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_SSO_ERR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketSSOError Code = 6124

// SDKPacketRequestTimeout V3 旧版 SDK：请求包发送超时。
//
// Legacy Chat SDK V3: the request packet timed out.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_REQ_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketRequestTimeout Code = 6125

// SDKPacketResponseTimeout V3 旧版 SDK：等待回复包超时。
//
// Legacy Chat SDK V3: the response packet timed out.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_RESP_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketResponseTimeout Code = 6126

// SDKPacketResendFailed V3 旧版 SDK：数据包重新发送失败。
//
// Legacy Chat SDK V3: resending the packet failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_REQ_ON_RESEND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketResendFailed Code = 6127

// SDKPacketResendNotSent V3 旧版 SDK：重发时数据包实际上没有发出去。
//
// Legacy Chat SDK V3: during a resend the packet was not actually sent.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_RESP_NO_RESEND. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketResendNotSent Code = 6128

// SDKPacketSaveFiltered V3 旧版 SDK：数据包在保存环节被过滤掉了。
//
// Legacy Chat SDK V3: the packet was filtered out at the save step (FLOW_SAVE).
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_PACKET_FAIL_FLOW_SAVE_FILTERED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketSaveFiltered Code = 6129

// SDKPacketSendOverload V3 旧版 SDK：发送过载，请降低发送频率。
//
// Legacy Chat SDK V3: sending is overloaded. Send less often.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_PACKET_FAIL_REQ_OVER_LOAD. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketSendOverload Code = 6130

// SDKPacketLogicError V3 旧版 SDK：发包时出现数据逻辑错误。
//
// Legacy Chat SDK V3: a data logic error occurred while sending a packet.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_PACKET_FAIL_LOGIC_ERR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKPacketLogicError Code = 6131

// SDKFriendshipProxyNotSynced V3 旧版 SDK：关系链代理 proxy_manager 尚未完成与服务端的数据同步。
//
// Legacy Chat SDK V3: the friendship proxy (proxy_manager) has not finished
// syncing data from the server yet.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_FRIENDSHIP_PROXY_NOT_SYNCED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipProxyNotSynced Code = 6150

// SDKFriendshipProxySyncing V3 旧版 SDK：关系链代理（proxy_manager）还在从服务端拉取数据，请等它结束。
//
// Legacy Chat SDK V3: the friendship proxy (proxy_manager) is still syncing
// data from the server. Wait until the sync ends.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_FRIENDSHIP_PROXY_SYNCING. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipProxySyncing Code = 6151

// SDKFriendshipProxySyncFailed V3 旧版 SDK：关系链代理（proxy_manager）未能从服务端同步到数据。
//
// Legacy Chat SDK V3: the friendship proxy (proxy_manager) failed to sync data.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_FRIENDSHIP_PROXY_SYNCED_FAIL. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipProxySyncFailed Code = 6152

// SDKFriendshipProxyLocalCheckFailed V3 旧版 SDK：proxy_manager 在本地校验时发现请求参数不合法。
//
// Legacy Chat SDK V3: the friendship proxy (proxy_manager) found the request
// parameters invalid in a local check.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_FRIENDSHIP_PROXY_LOCAL_CHECK_ERR. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipProxyLocalCheckFailed Code = 6153

// SDKGroupAssistantInvalidField V3 旧版 SDK：群助手（Group assistant）的请求里有非预设的字段。
//
// Legacy Chat SDK V3: a group assistant request contains fields that are not
// among the preset fields.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_GROUP_INVALID_FIELD. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupAssistantInvalidField Code = 6160

// SDKGroupAssistantStorageDisabled V3 旧版 SDK：群助手没有开启群资料的本地存储。
//
// Legacy Chat SDK V3: the group assistant has local storage of group profiles
// turned off.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_GROUP_STORAGE_DISABLED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKGroupAssistantStorageDisabled Code = 6161

// SDKLoadGroupInfoFailed V3 旧版 SDK：群资料加载失败。
//
// Legacy Chat SDK V3: loading the group profile failed.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_LOADGRPINFO_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKLoadGroupInfoFailed Code = 6162
