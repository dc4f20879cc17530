package errcode

// 最近联系人错误码: errors from recent contacts, the conversation list:
// conversations, their marks, their groups and pinning. The document does
// not list them: their Chinese texts are this package's own.
