package errcode

// 音视频通话错误码: errors from the call engine REST APIs of audio and video
// calls (v4/call_engine_http_srv/...). The document does not list them: their
// Chinese texts are this package's own.

// CallInternalError 通话服务内部出错，请重试。
//
// The call service hit an internal error. Try the request again.
//
// [RetryTransient]: retry with bounded exponential backoff.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const CallInternalError Code = 101001

// CallInvalidParameters 请求中有参数无效，请对照错误信息检查请求。
//
// A parameter of the request is invalid. Check the request against the error
// message.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const CallInvalidParameters Code = 101002

// CallNotFound 找不到该通话：它从未存在，或已经结束。
//
// No such call: it never existed, or it has already ended.
//
// [RetryNever]: do not retry; fix the request or the state it depends on first.
//
// SDK name: none. Sources: apipage. Not in the document: the Chinese text is this package's own.
const CallNotFound Code = 101004
