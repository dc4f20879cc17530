package errcode

// 公众号错误码: errors from official accounts and their subscriptions. The
// document does not list them: their Chinese texts are this package's own.
