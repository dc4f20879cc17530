package errcode

// SDK错误码, part 5: 9000 and up, the SDK's friendship checks (90xx), its
// network layer (95xx) and two legacy V3 codes (90101, 115000).

// SDKFriendshipInvalidProfileKey 资料字段非法：资料支持标准字段和自定义字段，自定义字段的关键字只能由英文字母组成且不超过 8 字节，字段值不超过 500 字节。
//
// Invalid profile field. Profiles have standard and custom fields; the key of a
// custom field must consist of English letters and be at most 8 bytes long, and
// its value may be at most 500 bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_FRIENDSHIP_INVALID_PROFILE_KEY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipInvalidProfileKey Code = 9001

// SDKFriendshipInvalidAddRemark 好友备注字段非法：须为 UTF-8 编码，长度不超过 96 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid friend remark: it must be UTF-8 encoded and at most 96 bytes long; a
// Chinese character can take several bytes, so count the length in bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_FRIENDSHIP_INVALID_ADD_REMARK. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipInvalidAddRemark Code = 9002

// SDKFriendshipInvalidAddWording 加好友请求的附言（请求说明）字段非法：须为 UTF-8 编码，长度不超过 120 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid wording (request description) in a friend request: it must be UTF-8
// encoded and at most 120 bytes long; a Chinese character can take several
// bytes, so count the length in bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_FRIENDSHIP_INVALID_ADD_WORDING. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipInvalidAddWording Code = 9003

// SDKFriendshipInvalidAddSource 加好友请求的来源字段非法：来源须以前缀 AddSource_Type 加下划线“_”开头。
//
// Invalid source field in a friend request: the source must start with the
// AddSource_Type_ prefix.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_FRIENDSHIP_INVALID_ADD_SOURCE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipInvalidAddSource Code = 9004

// SDKFriendshipFriendGroupEmpty 好友分组字段非法：不能为空，每个分组名须为 UTF-8 编码且不超过 30 字节；一个中文字符可能占多个字节，请按字节计算长度。
//
// Invalid friend group field: it must not be empty, and each friend group name
// must be UTF-8 encoded and at most 30 bytes long; a Chinese character can take
// several bytes, so count the length in bytes.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_FRIENDSHIP_FRIEND_GROUP_EMPTY. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipFriendGroupEmpty Code = 9005

// SDKFriendshipCountLimit 关系链操作超过了数量限制。
//
// A relationship chain quantity limit was exceeded.
//
// Note: Only the previous page revision lists this code, without further
// detail; the current online page and the 2025 SDK header do not.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_FRIENDSHIP_EXCEED_THE_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKFriendshipCountLimit Code = 9006

// SDKNetEncodeFailed 内部错误：SSO 加密网络数据失败。请联系技术支持处理。
//
// Internal error: SSO encryption of the network data failed. Contact Chat
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_ENCODE_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetEncodeFailed Code = 9501

// SDKNetDecodeFailed 内部错误：SSO 解密网络数据失败。请联系技术支持处理。
//
// Internal error: SSO decryption of the network data failed. Contact Chat
// technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_DECODE_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetDecodeFailed Code = 9502

// SDKNetAuthInvalid SSO 尚未完成鉴权，登录流程可能还没有结束。请在登录成功后再执行操作。
//
// SSO authentication is not complete; the login may still be running. Perform
// the operation again after the login has succeeded.
//
// [RetryReauth]: regenerate the UserSig or log in again, then retry.
//
// SDK name: ERR_SDK_NET_AUTH_INVALID. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetAuthInvalid Code = 9503

// SDKNetCompressFailed 内部错误：数据包压缩失败。请联系技术支持处理。
//
// Internal error: compressing the data packet failed. Contact Chat technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_COMPRESS_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetCompressFailed Code = 9504

// SDKNetUncompressFailed 内部错误：数据包解压失败。请联系技术支持处理。
//
// Internal error: decompressing the data packet failed. Contact Chat technical
// support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_UNCOMPRESS_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetUncompressFailed Code = 9505

// SDKNetFreqLimit 请求频率超过限制，SDK 每秒最多发起 5 个请求。请检查是否在高频调用 SDK 接口。
//
// Requests were sent more often than allowed: the SDK sends at most 5 requests
// per second. Check for high-frequency calls to SDK APIs.
//
// [RetryThrottled]: slow down and wait before retrying; wait at least 1s.
//
// SDK name: ERR_SDK_NET_FREQ_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetFreqLimit Code = 9506

// SDKNetRequestCountLimit 网络请求队列已满，同时进行的请求超过 1000 个上限；例如网络异常时仍持续发消息，请求只进不出，很快就会达到上限。请检查网络是否可用，或切换网络后重试。
//
// The network request queue is full: more than 1,000 requests are pending at
// once. This happens, for example, when messages keep being sent while the
// network is down, so requests pile up without being consumed. Check that the
// network works, or switch networks, then retry.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SDK_NET_REQ_COUNT_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetRequestCountLimit Code = 9507

// SDKNetDisconnected 网络已断开：尚未建立连接，或建立 socket 连接时检测到没有网络。请确认网络可用。
//
// The network is down: no connection has been set up yet, or opening a socket
// found no network. Check that the device is online.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_DISCONNECT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetDisconnected Code = 9508

// SDKNetAlreadyConnected 内部错误：网络连接已经存在，却再次创建了连接。请联系技术支持处理。
//
// Internal error: a network connection already exists and another one was
// created. Contact Chat technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_ALLREADY_CONN. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetAlreadyConnected Code = 9509

// SDKNetConnectTimeout 建立网络连接超时。请检查网络或切换网络，待网络恢复后重试；若其他请求正常而只有 IM 不可用，请联系技术支持。
//
// Setting up the network connection timed out. Check the network or switch
// networks, and retry once it recovers; if other requests work and only Chat
// fails, contact Chat technical support.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_CONN_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetConnectTimeout Code = 9510

// SDKNetConnectRefused 连接请求过于频繁，服务端拒绝建立网络连接。
//
// The server refused the network connection because connection attempts were
// too frequent.
//
// [RetryThrottled]: slow down and wait before retrying.
//
// SDK name: ERR_SDK_NET_CONN_REFUSE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetConnectRefused Code = 9511

// SDKNetUnreachable 没有到达网络的可用路由。请确认网络可用，待网络恢复后重试。
//
// No route to the network is available. Make sure the network works, and retry
// once it recovers.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_NET_UNREACH. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetUnreachable Code = 9512

// SDKNetSocketNoBuffer 内部错误：系统过于繁忙，没有足够的缓冲区空间来完成调用。请提供日志给技术支持排查。
//
// Internal error: the system is too busy and lacks the buffer space to complete
// the call. Collect the logs and ask Chat technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_SOCKET_NO_BUFF. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetSocketNoBuffer Code = 9513

// SDKNetResetByPeer 服务端重置了连接，可能是因为服务端负载过高。SDK 会自行重连；等重连成功（iOS 回调 onConnSucc，Android 回调 onConnected）后再重试。
//
// The server side reset the connection, which may mean that it is overloaded.
// The SDK reconnects by itself: wait until it is connected again (onConnSucc on
// iOS, onConnected on Android), then retry.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_RESET_BY_PEER. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetResetByPeer Code = 9514

// SDKNetSocketInvalid 内部错误：socket 无效。请提供日志给技术支持排查。
//
// Internal error: the socket is invalid. Collect the logs and ask Chat
// technical support to look into it.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_SOCKET_INVALID. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetSocketInvalid Code = 9515

// SDKNetHostGetAddrInfoFailed 域名解析失败：已尝试多种策略，仍无法建立连接。请检查网络连接或更换网络；若其他服务正常而只有 IM 不可用，请联系技术支持。
//
// Domain name resolution failed: the SDK tried several strategies but could not
// set up a connection. Check the network or try another one; if other services
// work and only Chat fails, contact Chat technical support.
//
// Note: The previous page revision and the 2025 SDK header describe this code
// as an internal failure to parse the IP address, possibly because the local
// imsdk_config file is corrupted; the current online page describes it as a
// domain name resolution failure.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_HOST_GETADDRINFO_FAILED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetHostGetAddrInfoFailed Code = 9516

// SDKNetConnectReset 内部错误：网络连接到了中间节点，或被服务端重置，导致连接失效。SDK 会自动重连，等 iOS 上的 onConnSucc 或 Android 上的 onConnected 回调触发后再重试。
//
// Internal error: the connection became invalid because the network connected
// to an intermediate node or the server reset it. The SDK reconnects on its
// own; retry after onConnSucc (iOS) or onConnected (Android) is called.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_CONNECT_RESET. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetConnectReset Code = 9517

// SDKNetWaitInQueueTimeout 请求包等待进入待发送队列时超时，通常是建立连接较慢或网络频繁断开重连所致。请检查网络连接是否正常。
//
// The request packet timed out while waiting to enter the send queue. This
// usually happens when the connection is slow to set up or the network keeps
// dropping and reconnecting. Check the network connection.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_WAIT_INQUEUE_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetWaitInQueueTimeout Code = 9518

// SDKNetWaitSendTimeout 请求在 SDK 的发送队列里排队，还没交给系统网络层就超时了。多半是本机网络受限、断开，或连不上 IM 后台；换一个网络试试，可判断是否是当前网络的问题。
//
// The request packet was in the Chat SDK send queue but timed out before the
// operating system's network layer took it over. Common causes: the local
// network is restricted or down, or it cannot reach the Chat backend. Run the
// SDK on another network to see whether the current network is the cause.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_WAIT_SEND_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetWaitSendTimeout Code = 9519

// SDKNetWaitAckTimeout 请求已交给系统网络层发出，但服务端的应答没有按时到达。多半是本机网络受限、断开，或连不上 IM 后台；换一个网络试试，可帮助排查。
//
// The request packet left the Chat SDK send queue and reached the operating
// system's network layer, but the server's response did not arrive in time.
// Common causes: the local network is restricted or down, or it cannot reach
// the Chat backend. Run the SDK on another network to narrow it down.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_WAIT_ACK_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetWaitAckTimeout Code = 9520

// SDKNetWaitSendRemainingTimeout 请求包已进入待发送队列并发出了部分数据，但剩余数据等待发送时超时，可能是上行带宽不足；回调错误时检测到网络处于连接状态。请检查网络是否畅通。
//
// Part of the request packet had been sent from the send queue, but the rest
// timed out waiting to be sent, possibly because of low upstream bandwidth. The
// network was found connected when the error was reported. Check that the
// network runs smoothly.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_WAIT_SEND_REMAINING_TIMEOUT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetWaitSendRemainingTimeout Code = 9521

// SDKNetPacketSizeLimit 请求包长度超过 1 MB 上限。
//
// The request packet is larger than the 1 MB limit.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_NET_PKG_SIZE_LIMIT. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetPacketSizeLimit Code = 9522

// SDKNetWaitSendTimeoutNoNet 请求包已进入待发送队列，但等待进入系统网络缓冲区（buffer）时超时，可能是待发送的包太多或发送线程处理不过来；回调错误码时检测到没有网络。
//
// The request packet was in the send queue but timed out waiting to enter the
// system's network buffer, possibly because too many packets were queued or the
// sending thread could not keep up; no network was found when the error was
// reported.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_WAIT_SEND_TIMEOUT_NO_NETWORK. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetWaitSendTimeoutNoNet Code = 9523

// SDKNetWaitAckTimeoutNoNet 请求包已进入系统网络缓冲区，但等待服务端回包时超时；可能请求包没有离开设备、在中间路由被丢弃、被服务端意外丢弃，或回包被系统网络层丢弃；回调错误码时检测到没有网络。
//
// The request packet reached the system's network buffer, but the server's
// response timed out. The packet may never have left the device, may have been
// dropped by a router on the way or by the server, or the response may have
// been dropped by the system network layer; no network was found when the error
// was reported.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_WAIT_ACK_TIMEOUT_NO_NETWORK. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetWaitAckTimeoutNoNet Code = 9524

// SDKNetSendRemainingTimeoutNoNet 请求包已进入待发送队列并发出了部分数据，但剩余数据等待发送时超时，可能是上行带宽不足；回调错误码时检测到没有网络。
//
// Part of the request packet had been sent from the send queue, but the rest
// timed out waiting to be sent, possibly because of low upstream bandwidth; no
// network was found when the error was reported.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_SDK_NET_SEND_REMAINING_TIMEOUT_NO_NETWORK. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKNetSendRemainingTimeoutNoNet Code = 9525

// SDKAlreadyInitialized V3 旧版 SDK：IM SDK 已经完成初始化，无需再次初始化。
//
// Legacy Chat SDK V3: the Chat SDK is already initialized; there is no need to
// initialize it again.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: ERR_SDK_HAD_INITIALIZED. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKAlreadyInitialized Code = 90101

// SDKOpenBDHBase V3 旧版 SDK：OpenBDH 错误码的基数，OpenBDH 相关错误码以此值为起点。
//
// Legacy Chat SDK V3: the base value of the OpenBDH error codes; OpenBDH errors
// are numbered from this value.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: ERR_OPENBDH_BASE. Sources: webpage|sdk. Not in the document: the Chinese text is this package's own.
const SDKOpenBDHBase Code = 115000
