package errcode

// This file holds the names this package no longer recommends, kept so
// that code written against them still compiles.
//
// The old names of renamed code constants come first, each with type Code
// and the new constant's value, so that go doc lists them under Code with
// the real constants. Each is declared on its own: go doc sorts a const
// block of several names before every single constant, so a block would
// open the list with a deprecated name, while single declarations sort by
// name among the real ones, which begin with Access. internal/gentable
// reads the subsystem files only, so the table lists each code once, under
// its current name.
//
// The old Retryable methods and function follow: "retryable" named three
// different things (a hint other than RetryNever, the same for a code, and
// ShouldRetry's answer), and each now has a name that says which.

// GroupPermissionDeny is the old name of GroupPermissionDenied.
//
// Deprecated: use GroupPermissionDenied.
const GroupPermissionDeny Code = GroupPermissionDenied

// GroupInvalidID is the old name of GroupInvalidOperatorID.
//
// Deprecated: use GroupInvalidOperatorID.
const GroupInvalidID Code = GroupInvalidOperatorID

// GroupShutUpDeny is the old name of GroupShutUpDenied.
//
// Deprecated: use GroupShutUpDenied.
const GroupShutUpDeny Code = GroupShutUpDenied

// GroupSDKAppIDDeny is the old name of GroupSDKAppIDDenied.
//
// Deprecated: use GroupSDKAppIDDenied.
const GroupSDKAppIDDeny Code = GroupSDKAppIDDenied

// OpenMsgPkgParseFailed is the old name of OpenMsgPacketParseFailed.
//
// Deprecated: use OpenMsgPacketParseFailed.
const OpenMsgPkgParseFailed Code = OpenMsgPacketParseFailed

// OpenMsgInvalidID is the old name of OpenMsgInvalidAccount.
//
// Deprecated: use OpenMsgInvalidAccount.
const OpenMsgInvalidID Code = OpenMsgInvalidAccount

// OpenMsgPushDeny is the old name of OpenMsgCallbackRejected.
//
// Deprecated: use OpenMsgCallbackRejected.
const OpenMsgPushDeny Code = OpenMsgCallbackRejected

// OpenMsgShutUpDeny is the old name of OpenMsgShutUpDenied.
//
// Deprecated: use OpenMsgShutUpDenied.
const OpenMsgShutUpDeny Code = OpenMsgShutUpDenied

// SNSAddFriendInvalidParamLength is the old name of SNSAddFriendParametersTooLong.
//
// Deprecated: use SNSAddFriendParametersTooLong.
const SNSAddFriendInvalidParamLength Code = SNSAddFriendParametersTooLong

// SNSAddFriendSecRestricted is the old name of SNSAddFriendSecurityRestricted.
//
// Deprecated: use SNSAddFriendSecurityRestricted.
const SNSAddFriendSecRestricted Code = SNSAddFriendSecurityRestricted

// SNSResponseFriendInvalidParamLength is the old name of SNSResponseFriendParametersTooLong.
//
// Deprecated: use SNSResponseFriendParametersTooLong.
const SNSResponseFriendInvalidParamLength Code = SNSResponseFriendParametersTooLong

// SNSDeleteFriendSecRestricted is the old name of SNSDeleteFriendSecurityRestricted.
//
// Deprecated: use SNSDeleteFriendSecurityRestricted.
const SNSDeleteFriendSecRestricted Code = SNSDeleteFriendSecurityRestricted

// ProfileSetFieldInvalid is the old name of ProfileSetInvalidFieldName.
//
// Deprecated: use ProfileSetInvalidFieldName.
const ProfileSetFieldInvalid Code = ProfileSetInvalidFieldName

// ProfileSetStandardDataFailed is the old name of ProfileSetStdDataFailed.
//
// Deprecated: use ProfileSetStdDataFailed.
const ProfileSetStandardDataFailed Code = ProfileSetStdDataFailed

// ProfileSetAvatarInvalidParam is the old name of ProfileSetAvatarInvalidParameters.
//
// Deprecated: use ProfileSetAvatarInvalidParameters.
const ProfileSetAvatarInvalidParam Code = ProfileSetAvatarInvalidParameters

// ProfileGetFieldInvalid is the old name of ProfileGetInvalidFieldName40801.
//
// Deprecated: use ProfileGetInvalidFieldName40801.
const ProfileGetFieldInvalid Code = ProfileGetInvalidFieldName40801

// ProfileGetStandardTaskFailed is the old name of ProfileGetStdTaskFailed.
//
// Deprecated: use ProfileGetStdTaskFailed.
const ProfileGetStandardTaskFailed Code = ProfileGetStdTaskFailed

// ProfileGetInvalidField is the old name of ProfileGetInvalidFieldName40804.
//
// Deprecated: use ProfileGetInvalidFieldName40804.
const ProfileGetInvalidField Code = ProfileGetInvalidFieldName40804

// ProfileGetStandardKeyNotFound is the old name of ProfileGetStdKeyNotFound.
//
// Deprecated: use ProfileGetStdKeyNotFound.
const ProfileGetStandardKeyNotFound Code = ProfileGetStdKeyNotFound

// ProfileGetStandardReadFailed is the old name of ProfileGetStdReadFailed.
//
// Deprecated: use ProfileGetStdReadFailed.
const ProfileGetStandardReadFailed Code = ProfileGetStdReadFailed

// RESTInvalidAccountOrSig60004 is the old name of RESTInvalidAccountOrUserSig60004.
//
// Deprecated: use RESTInvalidAccountOrUserSig60004.
const RESTInvalidAccountOrSig60004 Code = RESTInvalidAccountOrUserSig60004

// RESTInvalidAccountOrSig60005 is the old name of RESTInvalidAccountOrUserSig60005.
//
// Deprecated: use RESTInvalidAccountOrUserSig60005.
const RESTInvalidAccountOrSig60005 Code = RESTInvalidAccountOrUserSig60005

// RESTIDNotAdmin is the old name of RESTAdminRequired.
//
// Deprecated: use RESTAdminRequired.
const RESTIDNotAdmin Code = RESTAdminRequired

// AccountInvalidBatchCount is the old name of AccountInvalidBatchCount70113.
//
// Deprecated: use AccountInvalidBatchCount70113.
const AccountInvalidBatchCount Code = AccountInvalidBatchCount70113

// AccountInvalidCount is the old name of AccountInvalidBatchCount70206.
//
// Deprecated: use AccountInvalidBatchCount70206.
const AccountInvalidCount Code = AccountInvalidBatchCount70206

// AccountInternalErrorRetry70207 is the old name of AccountInternalError70207.
//
// Deprecated: use AccountInternalError70207.
const AccountInternalErrorRetry70207 Code = AccountInternalError70207

// AccountInternalErrorRetry70208 is the old name of AccountInternalError70208.
//
// Deprecated: use AccountInternalError70208.
const AccountInternalErrorRetry70208 Code = AccountInternalError70208

// AccountInternalErrorRetry70222 is the old name of AccountInternalError70222.
//
// Deprecated: use AccountInternalError70222.
const AccountInternalErrorRetry70222 Code = AccountInternalError70222

// AccountInternalErrorRetry70401 is the old name of AccountInternalError70401.
//
// Deprecated: use AccountInternalError70401.
const AccountInternalErrorRetry70401 Code = AccountInternalError70401

// ResVODUploadHeadIncomplete is the old name of ResVODUploadHeaderIncomplete.
//
// Deprecated: use ResVODUploadHeaderIncomplete.
const ResVODUploadHeadIncomplete Code = ResVODUploadHeaderIncomplete

// Retryable is shorthand for c.Retry().Recoverable(): whether a request
// that failed with c can succeed once the caller has done what the hint
// says.
//
// Deprecated: use c.Retry().Recoverable() for that, or ShouldRetry(c) to
// ask whether the same request may be sent again as it is, which is false
// for RetryReauth.
func (c Code) Retryable() bool {
	if s := slots[uint32(c)*hashMul>>hashShift]; s.code == c {
		return s.recoverable
	}
	return rangeRetry(c).Recoverable()
}

// Retryable reports whether the request can succeed later: true for every
// hint but RetryNever.
//
// Deprecated: use Recoverable, which is the same.
func (r Retry) Retryable() bool {
	return r.Recoverable()
}

// Retryable reports whether the request that failed with err may be sent
// again as it is, as ShouldRetry decides: false for RetryReauth, for
// which NeedsReauth asks.
//
// Deprecated: use ShouldRetry, which also gives the wait.
func Retryable(err error) bool {
	retry, _ := ShouldRetry(err)
	return retry
}
