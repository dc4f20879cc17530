package errcode

// 内容审核错误码: errors from the content moderation API (sensitive words,
// batch moderation). The document does not list them: their Chinese texts
// are this package's own.
