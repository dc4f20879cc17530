package errcode

// 接入层错误码: errors from the access layer that every client request passes
// through (connections, keys, tickets, frequency limits). The codes are
// negative; the client SDK passes them to its callbacks. The document does
// not list them: their Chinese texts are this package's own.
