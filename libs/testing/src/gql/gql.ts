/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation ApiBasicsRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n': typeof types.ApiBasicsRegisterDocument;
  '\n  mutation ApiBasicsLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n      }\n    }\n  }\n': typeof types.ApiBasicsLoginDocument;
  '\n  query ApiBasicsViewer {\n    viewer {\n      id\n      displayName\n      email\n    }\n  }\n': typeof types.ApiBasicsViewerDocument;
  '\n  query ApiBasicsMunicipalities($first: Int, $after: String) {\n    municipalities(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ApiBasicsMunicipalitiesDocument;
  '\n  query ApiBasicsMunicipalityNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Municipality {\n        name\n      }\n    }\n  }\n': typeof types.ApiBasicsMunicipalityNodeDocument;
  '\n  query ApiBasicsGarbageNode {\n    node(id: "garbage") {\n      id\n    }\n  }\n': typeof types.ApiBasicsGarbageNodeDocument;
  '\n  query ApiBasicsAtTheLimits {\n    a0: viewer {\n      id\n    }\n    a1: viewer {\n      id\n    }\n    a2: viewer {\n      id\n    }\n    a3: viewer {\n      id\n    }\n    a4: viewer {\n      id\n    }\n    municipalities(first: 1) {\n      edges {\n        node {\n          parent {\n            parent {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ApiBasicsAtTheLimitsDocument;
  '\n  mutation MatrixLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n': typeof types.MatrixLoginDocument;
  '\n  query MatrixSessions {\n    viewer {\n      sessions {\n        id\n        current\n      }\n    }\n  }\n': typeof types.MatrixSessionsDocument;
  '\n  mutation MatrixRequestTownMembership($m: ID!) {\n    requestMembership(input: { municipalityId: $m, role: STAFF, position: "Bauamt" }) {\n      membership {\n        id\n      }\n    }\n  }\n': typeof types.MatrixRequestTownMembershipDocument;
  '\n  mutation MatrixFlagContent($c: ID!) {\n    flagContent(input: { targetId: $c, reason: SPAM }) {\n      targetHidden\n    }\n  }\n': typeof types.MatrixFlagContentDocument;
  '\n  mutation MatrixHideContent($c: ID!) {\n    hideContent(input: { targetId: $c, reason: "Beleidigend" }) {\n      action {\n        action\n      }\n    }\n  }\n': typeof types.MatrixHideContentDocument;
  '\n  mutation MatrixRestoreContent($c: ID!) {\n    restoreContent(input: { targetId: $c, reason: "Vertretbar" }) {\n      action {\n        action\n      }\n    }\n  }\n': typeof types.MatrixRestoreContentDocument;
  '\n  mutation MatrixDismissFlags($c: ID!) {\n    dismissFlags(input: { targetId: $c, reason: "Kein Spam" }) {\n      action {\n        action\n      }\n    }\n  }\n': typeof types.MatrixDismissFlagsDocument;
  '\n  mutation MatrixLockThread($t: ID!) {\n    lockThread(input: { threadId: $t, reason: "Entgleist" }) {\n      thread {\n        locked\n      }\n    }\n  }\n': typeof types.MatrixLockThreadDocument;
  '\n  mutation MatrixUnlockThread($t: ID!) {\n    unlockThread(input: { threadId: $t, reason: "Wieder offen" }) {\n      thread {\n        locked\n      }\n    }\n  }\n': typeof types.MatrixUnlockThreadDocument;
  '\n  mutation MatrixMoveThread($t: ID!, $s: ID!) {\n    moveThread(input: { threadId: $t, seminarSessionId: $s, reason: "Gehört zum Seminar" }) {\n      thread {\n        kind\n      }\n    }\n  }\n': typeof types.MatrixMoveThreadDocument;
  '\n  mutation MatrixBanUser($u: ID!, $until: DateTime!) {\n    banUser(input: { userId: $u, until: $until, reason: "Beleidigungen" }) {\n      user {\n        id\n      }\n    }\n  }\n': typeof types.MatrixBanUserDocument;
  '\n  mutation MatrixUnbanUser($u: ID!) {\n    unbanUser(input: { userId: $u, reason: "Einsicht" }) {\n      user {\n        id\n      }\n    }\n  }\n': typeof types.MatrixUnbanUserDocument;
  '\n  mutation MatrixErasePersonalData($u: ID!) {\n    erasePersonalData(input: { userId: $u, reason: "Antrag per E-Mail" }) {\n      user {\n        id\n      }\n    }\n  }\n': typeof types.MatrixErasePersonalDataDocument;
  '\n  mutation MatrixRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n    }\n  }\n': typeof types.MatrixRegisterDocument;
  '\n  mutation MatrixLoginOnly($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n': typeof types.MatrixLoginOnlyDocument;
  '\n  mutation MatrixRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n    }\n  }\n': typeof types.MatrixRefreshSessionDocument;
  '\n  mutation MatrixRevokeSession($s: ID!) {\n    revokeSession(input: { sessionId: $s }) {\n      sessionId\n    }\n  }\n': typeof types.MatrixRevokeSessionDocument;
  '\n  mutation MatrixSignOut {\n    signOut {\n      sessionId\n    }\n  }\n': typeof types.MatrixSignOutDocument;
  '\n  mutation MatrixChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n    }\n  }\n': typeof types.MatrixChangePasswordDocument;
  '\n  mutation MatrixCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n      }\n    }\n  }\n': typeof types.MatrixCreateExperienceDocument;
  '\n  mutation MatrixUpdateExperience($id: ID!) {\n    updateExperience(input: { id: $id, summary: "Geänderte Zusammenfassung." }) {\n      experience {\n        id\n      }\n    }\n  }\n': typeof types.MatrixUpdateExperienceDocument;
  '\n  mutation MatrixPublishExperience($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n': typeof types.MatrixPublishExperienceDocument;
  '\n  mutation MatrixCreateThread($title: String!) {\n    createThread(input: { title: $title, body: "x" }) {\n      thread {\n        id\n      }\n    }\n  }\n': typeof types.MatrixCreateThreadDocument;
  '\n  mutation MatrixAddComment($t: ID!) {\n    addComment(input: { threadId: $t, body: "Hallo" }) {\n      comment {\n        id\n      }\n    }\n  }\n': typeof types.MatrixAddCommentDocument;
  '\n  mutation MatrixEditComment($c: ID!) {\n    editComment(input: { commentId: $c, body: "Neu" }) {\n      comment {\n        id\n      }\n    }\n  }\n': typeof types.MatrixEditCommentDocument;
  '\n  mutation MatrixDeleteComment($c: ID!) {\n    deleteComment(input: { commentId: $c }) {\n      comment {\n        id\n      }\n    }\n  }\n': typeof types.MatrixDeleteCommentDocument;
  '\n  mutation MatrixAddReaction($c: ID!) {\n    addReaction(input: { targetId: $c, kind: HELPFUL }) {\n      active\n    }\n  }\n': typeof types.MatrixAddReactionDocument;
  '\n  mutation MatrixRemoveReaction($c: ID!) {\n    removeReaction(input: { targetId: $c, kind: HELPFUL }) {\n      active\n    }\n  }\n': typeof types.MatrixRemoveReactionDocument;
  '\n  mutation MatrixRequestMembership($g: ID!) {\n    requestMembership(input: { volunteerGroupId: $g, role: MEMBER, position: "Helfer" }) {\n      membership {\n        id\n      }\n    }\n  }\n': typeof types.MatrixRequestMembershipDocument;
  '\n  mutation MatrixDecideMembership($m: ID!) {\n    decideMembership(input: { membershipId: $m, approve: true }) {\n      membership {\n        id\n      }\n    }\n  }\n': typeof types.MatrixDecideMembershipDocument;
  '\n  mutation MatrixRevokeMembership($m: ID!) {\n    revokeMembership(input: { membershipId: $m, reason: "Beendet" }) {\n      membership {\n        id\n      }\n    }\n  }\n': typeof types.MatrixRevokeMembershipDocument;
  '\n  mutation MatrixRequestEmailVerification {\n    requestEmailVerification {\n      sentTo\n    }\n  }\n': typeof types.MatrixRequestEmailVerificationDocument;
  '\n  mutation MatrixVerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n    }\n  }\n': typeof types.MatrixVerifyEmailDocument;
  '\n  mutation MatrixRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      email\n    }\n  }\n': typeof types.MatrixRequestPasswordResetDocument;
  '\n  mutation MatrixResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n': typeof types.MatrixResetPasswordDocument;
  '\n  mutation MatrixCreateSeminarSeries($m: ID!) {\n    createSeminarSeries(input: { title: "Reihe", organisers: ["Stadt"], organisingMunicipalityIds: [$m] }) {\n      series {\n        id\n      }\n    }\n  }\n': typeof types.MatrixCreateSeminarSeriesDocument;
  '\n  mutation MatrixUpdateSeminarSeries($s: ID!) {\n    updateSeminarSeries(input: { id: $s, description: "Neu beschrieben" }) {\n      series {\n        id\n      }\n    }\n  }\n': typeof types.MatrixUpdateSeminarSeriesDocument;
  '\n  mutation MatrixCreateSeminarSession($s: ID!) {\n    createSeminarSession(\n      input: { seriesId: $s, title: "Sitzung", startsAt: "2030-03-01T17:00:00+01:00", endsAt: "2030-03-01T18:30:00+01:00" }\n    ) {\n      session {\n        id\n      }\n    }\n  }\n': typeof types.MatrixCreateSeminarSessionDocument;
  '\n  mutation MatrixUpdateSeminarSession($s: ID!) {\n    updateSeminarSession(input: { id: $s, topic: "Neues Thema" }) {\n      session {\n        id\n      }\n    }\n  }\n': typeof types.MatrixUpdateSeminarSessionDocument;
  '\n  mutation MatrixCancelSeminarSession($s: ID!) {\n    cancelSeminarSession(input: { id: $s, reason: "Erkrankt" }) {\n      session {\n        id\n      }\n    }\n  }\n': typeof types.MatrixCancelSeminarSessionDocument;
  '\n  mutation MatrixAddSeminarSpeaker($s: ID!) {\n    addSeminarSpeaker(input: { sessionId: $s, name: "Referentin" }) {\n      session {\n        id\n      }\n    }\n  }\n': typeof types.MatrixAddSeminarSpeakerDocument;
  '\n  mutation MatrixUpdateSeminarSpeaker($p: ID!) {\n    updateSeminarSpeaker(input: { id: $p, confirmation: CONFIRMED }) {\n      session {\n        id\n      }\n    }\n  }\n': typeof types.MatrixUpdateSeminarSpeakerDocument;
  '\n  mutation MatrixRemoveSeminarSpeaker($p: ID!) {\n    removeSeminarSpeaker(input: { id: $p }) {\n      session {\n        id\n      }\n    }\n  }\n': typeof types.MatrixRemoveSeminarSpeakerDocument;
  '\n  mutation MatrixRegisterForSession($s: ID!) {\n    registerForSeminarSession(input: { sessionId: $s }) {\n      registration {\n        status\n      }\n    }\n  }\n': typeof types.MatrixRegisterForSessionDocument;
  '\n  mutation MatrixCancelRegistration($s: ID!) {\n    cancelSeminarRegistration(input: { sessionId: $s }) {\n      registration {\n        status\n      }\n    }\n  }\n': typeof types.MatrixCancelRegistrationDocument;
  '\n  mutation MatrixSetReminder($s: ID!) {\n    setSeminarReminder(input: { sessionId: $s, reminder: false }) {\n      registration {\n        reminder\n      }\n    }\n  }\n': typeof types.MatrixSetReminderDocument;
  '\n  mutation MatrixSetReminders {\n    setSeminarReminders(input: { reminders: false })\n  }\n': typeof types.MatrixSetRemindersDocument;
  '\n  mutation MatrixMarkAttendance($r: ID!) {\n    markSeminarAttendance(input: { registrationId: $r, attended: true }) {\n      registration {\n        attended\n      }\n    }\n  }\n': typeof types.MatrixMarkAttendanceDocument;
  '\n  mutation MatrixAcceptAnswer($q: ID!, $a: ID!) {\n    acceptAnswer(input: { questionId: $q, answerId: $a }) {\n      answer {\n        isAcceptedAnswer\n      }\n    }\n  }\n': typeof types.MatrixAcceptAnswerDocument;
  '\n  mutation MatrixCloseThread($t: ID!) {\n    closeThread(input: { threadId: $t, conclusion: "Wir halten fest: Sandsäcke im Bauhof." }) {\n      thread {\n        closedAt\n      }\n    }\n  }\n': typeof types.MatrixCloseThreadDocument;
  '\n  mutation MatrixReopenThread($t: ID!) {\n    reopenThread(input: { threadId: $t }) {\n      thread {\n        closedAt\n      }\n    }\n  }\n': typeof types.MatrixReopenThreadDocument;
  '\n  mutation MatrixDraftLesson($t: ID!, $m: ID!) {\n    draftLessonFromThread(input: { threadId: $t, municipalityId: $m, hazards: [FLOOD], phase: RESPONSE }) {\n      experience {\n        status\n      }\n    }\n  }\n': typeof types.MatrixDraftLessonDocument;
  '\n  mutation MatrixRecordSession($s: ID!) {\n    recordSeminarSession(input: { id: $s, minutes: "Protokoll" }) {\n      session {\n        minutes\n      }\n    }\n  }\n': typeof types.MatrixRecordSessionDocument;
  '\n  mutation MatrixSetMailDelivery {\n    setNotificationMailDelivery(input: { kind: THREAD_COMMENT, delivery: NEVER }) {\n      kind\n    }\n  }\n': typeof types.MatrixSetMailDeliveryDocument;
  '\n  mutation MatrixUnsubscribeMails($token: String!) {\n    unsubscribeNotificationMails(input: { token: $token }) {\n      kind\n    }\n  }\n': typeof types.MatrixUnsubscribeMailsDocument;
  '\n  mutation MatrixFollow($t: ID!) {\n    follow(input: { targetId: $t, level: WATCHING }) {\n      level\n    }\n  }\n': typeof types.MatrixFollowDocument;
  '\n  mutation MatrixUnfollow($t: ID!) {\n    unfollow(input: { targetId: $t }) {\n      level\n    }\n  }\n': typeof types.MatrixUnfollowDocument;
  '\n  mutation MatrixMarkNotificationsRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n': typeof types.MatrixMarkNotificationsReadDocument;
  '\n  mutation MatrixMarkThreadSeen($t: ID!) {\n    markThreadSeen(input: { threadId: $t }) {\n      thread {\n        viewerNewCommentCount\n      }\n    }\n  }\n': typeof types.MatrixMarkThreadSeenDocument;
  '\n  mutation MatrixProposeCrisis($m: ID!) {\n    proposeCrisis(input: { name: "Starkregen Juni", hazards: [HEAVY_RAIN], startsOn: "2024-06-01", affectedMunicipalityIds: [$m] }) {\n      crisis {\n        status\n      }\n    }\n  }\n': typeof types.MatrixProposeCrisisDocument;
  '\n  mutation MatrixUpdateCrisis($c: ID!) {\n    updateCrisis(input: { id: $c, description: "Neu beschrieben" }) {\n      crisis {\n        description\n      }\n    }\n  }\n': typeof types.MatrixUpdateCrisisDocument;
  '\n  mutation MatrixEndCrisis($c: ID!) {\n    endCrisis(input: { id: $c, endsOn: "2024-06-20" }) {\n      crisis {\n        endsOn\n      }\n    }\n  }\n': typeof types.MatrixEndCrisisDocument;
  '\n  mutation MatrixConfirmCrisis($c: ID!) {\n    confirmCrisis(input: { id: $c }) {\n      crisis {\n        status\n      }\n    }\n  }\n': typeof types.MatrixConfirmCrisisDocument;
  '\n  mutation MatrixRejectCrisis($c: ID!) {\n    rejectCrisis(input: { id: $c, reason: "Kein eigenes Ereignis" }) {\n      crisis {\n        status\n      }\n    }\n  }\n': typeof types.MatrixRejectCrisisDocument;
  '\n  mutation MatrixMergeCrisis($c: ID!, $into: ID!) {\n    mergeCrisis(input: { id: $c, intoId: $into }) {\n      crisis {\n        status\n      }\n    }\n  }\n': typeof types.MatrixMergeCrisisDocument;
  '\n  mutation MatrixFollowHazard {\n    followHazard(input: { hazard: HEAT, level: WATCHING }) {\n      level\n    }\n  }\n': typeof types.MatrixFollowHazardDocument;
  '\n  mutation MatrixUnfollowHazard {\n    unfollowHazard(input: { hazard: HEAT }) {\n      level\n    }\n  }\n': typeof types.MatrixUnfollowHazardDocument;
  '\n  mutation MatrixRegisterVolunteerGroup($input: RegisterVolunteerGroupInput!) {\n    registerVolunteerGroup(input: $input) {\n      volunteerGroup {\n        id\n      }\n    }\n  }\n': typeof types.MatrixRegisterVolunteerGroupDocument;
  '\n  mutation MatrixConfirmVolunteerGroup($g: ID!) {\n    confirmVolunteerGroup(input: { id: $g }) {\n      volunteerGroup {\n        status\n      }\n    }\n  }\n': typeof types.MatrixConfirmVolunteerGroupDocument;
  '\n  mutation MatrixRejectVolunteerGroup($g: ID!) {\n    rejectVolunteerGroup(input: { id: $g, reason: "Unbekannt" }) {\n      volunteerGroup {\n        status\n      }\n    }\n  }\n': typeof types.MatrixRejectVolunteerGroupDocument;
  '\n  mutation MatrixUpdateVolunteerGroup($g: ID!) {\n    updateVolunteerGroup(input: { id: $g, description: "Neu beschrieben" }) {\n      volunteerGroup {\n        description\n      }\n    }\n  }\n': typeof types.MatrixUpdateVolunteerGroupDocument;
  '\n  query FaultsThreadPage($id: ID!) {\n    thread(id: $id) {\n      title\n      comments(first: 10) {\n        nodes {\n          id\n          body\n        }\n      }\n    }\n  }\n': typeof types.FaultsThreadPageDocument;
  '\n  query FaultsMunicipalities {\n    municipalities(first: 5) {\n      nodes {\n        name\n      }\n    }\n  }\n': typeof types.FaultsMunicipalitiesDocument;
  '\n  query FaultsViewer {\n    viewer {\n      id\n    }\n  }\n': typeof types.FaultsViewerDocument;
  '\n  query FaultsSearch($q: String!) {\n    search(query: $q, first: 5) {\n      nodes {\n        rank\n      }\n    }\n  }\n': typeof types.FaultsSearchDocument;
  '\n  mutation FaultsAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n': typeof types.FaultsAddCommentDocument;
  '\n  mutation IdempotencyAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n      }\n    }\n  }\n': typeof types.IdempotencyAddCommentDocument;
  '\n  mutation IdempotencyCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n': typeof types.IdempotencyCreateThreadDocument;
  '\n  mutation IdempotencyCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n        }\n      }\n    }\n  }\n': typeof types.IdempotencyCreateExperienceDocument;
  '\n  subscription AcrossCommentAdded($threadId: ID!, $after: String) {\n    commentAdded(threadId: $threadId, after: $after) {\n      eventId\n      resync\n      comment {\n        body\n      }\n    }\n  }\n': typeof types.AcrossCommentAddedDocument;
  '\n  subscription AcrossNotificationAdded {\n    notificationAdded {\n      unreadCount\n      notification {\n        kind\n      }\n    }\n  }\n': typeof types.AcrossNotificationAddedDocument;
  '\n  query MetricsMunicipalities {\n    municipalities(first: 1) {\n      nodes {\n        name\n      }\n    }\n  }\n': typeof types.MetricsMunicipalitiesDocument;
  '\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Municipality {\n        name\n      }\n      ... on VolunteerGroup {\n        name\n      }\n      ... on Crisis {\n        name\n      }\n      ... on SeminarSeries {\n        title\n      }\n      ... on SeminarSession {\n        title\n      }\n      ... on User {\n        displayName\n        email\n      }\n      ... on Thread {\n        title\n      }\n      ... on Comment {\n        body\n      }\n      ... on Experience {\n        title\n        status\n      }\n    }\n  }\n': typeof types.NodeByIdDocument;
  '\n  query NodeEveryType(\n    $municipality: ID!\n    $volunteerGroup: ID!\n    $crisis: ID!\n    $seminarSeries: ID!\n    $seminarSession: ID!\n    $user: ID!\n    $thread: ID!\n    $comment: ID!\n    $experience: ID!\n    $missing: ID!\n  ) {\n    municipality: node(id: $municipality) {\n      __typename\n      id\n    }\n    volunteerGroup: node(id: $volunteerGroup) {\n      __typename\n      id\n    }\n    crisis: node(id: $crisis) {\n      __typename\n      id\n    }\n    seminarSeries: node(id: $seminarSeries) {\n      __typename\n      id\n    }\n    seminarSession: node(id: $seminarSession) {\n      __typename\n      id\n    }\n    user: node(id: $user) {\n      __typename\n      id\n    }\n    thread: node(id: $thread) {\n      __typename\n      id\n    }\n    comment: node(id: $comment) {\n      __typename\n      id\n    }\n    experience: node(id: $experience) {\n      __typename\n      id\n    }\n    missing: node(id: $missing) {\n      __typename\n      id\n    }\n  }\n': typeof types.NodeEveryTypeDocument;
  '\n  query NodeUserEmail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        displayName\n        email\n      }\n    }\n  }\n': typeof types.NodeUserEmailDocument;
  '\n  query NodeViewerEmail {\n    viewer {\n      id\n      email\n    }\n  }\n': typeof types.NodeViewerEmailDocument;
  '\n  query NodeThreadAuthors($t: ID!) {\n    node(id: $t) {\n      __typename\n      ... on Thread {\n        author {\n          id\n          email\n        }\n        comments {\n          nodes {\n            author {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.NodeThreadAuthorsDocument;
  '\n  query ProductionModeIntrospection {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n': typeof types.ProductionModeIntrospectionDocument;
  '\n  query QueryCostThreadPage {\n    threads(first: 1) {\n      nodes {\n        comments(first: 100) {\n          nodes {\n            body\n            author {\n              displayName\n            }\n            replies(first: 10) {\n              nodes {\n                body\n                author {\n                  displayName\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.QueryCostThreadPageDocument;
  '\n  query QueryCostMillion {\n    experiences(first: 100) {\n      nodes {\n        thread {\n          comments(first: 100) {\n            nodes {\n              replies(first: 100) {\n                nodes {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.QueryCostMillionDocument;
  '\n  query QueryCostWithoutFirst {\n    experiences {\n      nodes {\n        thread {\n          comments {\n            nodes {\n              replies {\n                nodes {\n                  replies {\n                    nodes {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.QueryCostWithoutFirstDocument;
  '\n  query QueryCostPageSize($n: Int, $deep: Boolean!) {\n    experiences(first: $n) {\n      nodes {\n        thread {\n          comments(first: $n) {\n            nodes {\n              id\n              replies(first: $n) @include(if: $deep) {\n                nodes {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.QueryCostPageSizeDocument;
  '\n  mutation StoryAnnounce($series: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $series) {\n      series {\n        id\n      }\n    }\n  }\n': typeof types.StoryAnnounceDocument;
  '\n  mutation StorySession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n        followUpThreads(first: 5) {\n          nodes {\n            id\n            title\n            body\n            viewerFollowLevel\n          }\n        }\n      }\n    }\n  }\n': typeof types.StorySessionDocument;
  '\n  mutation StorySpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n    }\n  }\n': typeof types.StorySpeakerDocument;
  '\n  mutation StoryMove($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        startsAt\n      }\n    }\n  }\n': typeof types.StoryMoveDocument;
  '\n  mutation StoryRegister($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n    }\n  }\n': typeof types.StoryRegisterDocument;
  '\n  mutation StoryCancel($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        status\n      }\n    }\n  }\n': typeof types.StoryCancelDocument;
  '\n  mutation StoryAttend($input: MarkSeminarAttendanceInput!) {\n    markSeminarAttendance(input: $input) {\n      session {\n        attendanceCount\n      }\n    }\n  }\n': typeof types.StoryAttendDocument;
  '\n  mutation StoryRecord($input: RecordSeminarSessionInput!) {\n    recordSeminarSession(input: $input) {\n      session {\n        minutesHtml\n        recordingUrl\n      }\n    }\n  }\n': typeof types.StoryRecordDocument;
  '\n  mutation StoryAsk($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        addressedTo {\n          name\n        }\n      }\n    }\n  }\n': typeof types.StoryAskDocument;
  '\n  mutation StoryAccept($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      question {\n        acceptedAnswer {\n          body\n        }\n      }\n      answer {\n        isAcceptedAnswer\n      }\n    }\n  }\n': typeof types.StoryAcceptDocument;
  '\n  mutation StoryConclude($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        closedAt\n        conclusionHtml\n      }\n    }\n  }\n': typeof types.StoryConcludeDocument;
  '\n  mutation StoryReopen($input: ReopenThreadInput!) {\n    reopenThread(input: $input) {\n      thread {\n        closedAt\n        conclusion\n      }\n    }\n  }\n': typeof types.StoryReopenDocument;
  '\n  query StoryThread($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        closedAt\n        openQuestions {\n          body\n          addressedTo {\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.StoryThreadDocument;
  '\n  query StoryInbox {\n    viewer {\n      notifications(first: 10) {\n        nodes {\n          kind\n          actor {\n            displayName\n          }\n          comment {\n            body\n          }\n        }\n      }\n    }\n  }\n': typeof types.StoryInboxDocument;
  '\n  mutation StoryDraftLesson($input: DraftLessonFromThreadInput!) {\n    draftLessonFromThread(input: $input) {\n      experience {\n        id\n        title\n        status\n        situation\n        actions\n        outcome\n        seminarSession {\n          title\n        }\n        sourceThread {\n          title\n        }\n      }\n    }\n  }\n': typeof types.StoryDraftLessonDocument;
  '\n  mutation StoryComplete($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        summary\n      }\n    }\n  }\n': typeof types.StoryCompleteDocument;
  '\n  mutation StoryPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        status\n      }\n    }\n  }\n': typeof types.StoryPublishDocument;
  '\n  query StoryRecordPage($id: ID!) {\n    seminarSession(id: $id) {\n      attendanceCount\n      minutesHtml\n      recordingUrl\n      lessons {\n        title\n        author {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.StoryRecordPageDocument;
  '\n  query StoryFind($text: String!) {\n    search(query: $text, first: 5) {\n      nodes {\n        node {\n          __typename\n          ... on Experience {\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.StoryFindDocument;
  '\n  mutation StoryLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.StoryLoginDocument;
  '\n  query StorySeedSession {\n    seminarSessions(first: 20, when: PAST) {\n      nodes {\n        id\n        title\n        speakers {\n          id\n          name\n          confirmation\n        }\n        followUpThreads(first: 5) {\n          nodes {\n            id\n            title\n            body\n          }\n        }\n      }\n    }\n    municipalities(first: 5, nameContains: "Plochingen") {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n': typeof types.StorySeedSessionDocument;
  '\n  mutation StoryLinkSpeaker($input: UpdateSeminarSpeakerInput!) {\n    updateSeminarSpeaker(input: $input) {\n      speaker {\n        name\n        confirmation\n      }\n    }\n  }\n': typeof types.StoryLinkSpeakerDocument;
  '\n  subscription LiveCommentAdded($threadId: ID!, $after: String) {\n    commentAdded(threadId: $threadId, after: $after) {\n      eventId\n      resync\n      comment {\n        body\n        author {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.LiveCommentAddedDocument;
  '\n  subscription LiveThreadUpdated($threadId: ID!) {\n    threadUpdated(threadId: $threadId) {\n      change\n      thread {\n        closedAt\n        conclusion\n      }\n    }\n  }\n': typeof types.LiveThreadUpdatedDocument;
  '\n  subscription LiveNotificationAdded {\n    notificationAdded {\n      eventId\n      unreadCount\n      notification {\n        kind\n        comment {\n          body\n        }\n      }\n    }\n  }\n': typeof types.LiveNotificationAddedDocument;
  '\n  mutation LiveClose($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        closedAt\n      }\n    }\n  }\n': typeof types.LiveCloseDocument;
  '\n  query CrisesList($first: Int, $after: String, $hazard: Hazard, $municipalityId: ID) {\n    crises(first: $first, after: $after, hazard: $hazard, municipalityId: $municipalityId) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        name\n        hazard\n        startsOn\n        endsOn\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n': typeof types.CrisesListDocument;
  '\n  query CrisesOne($id: ID!) {\n    crisis(id: $id) {\n      id\n      name\n      hazard\n      description\n      startsOn\n      endsOn\n      affectedMunicipalities {\n        id\n        name\n        kind\n        parent {\n          name\n        }\n      }\n    }\n  }\n': typeof types.CrisesOneDocument;
  '\n  query CrisesPageWithPlaces($first: Int) {\n    crises(first: $first) {\n      nodes {\n        name\n        affectedMunicipalities {\n          name\n          parent {\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.CrisesPageWithPlacesDocument;
  '\n  query CrisesNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Crisis {\n        name\n        startsOn\n      }\n    }\n  }\n': typeof types.CrisesNodeDocument;
  '\n  mutation ProposalsPropose($input: ProposeCrisisInput!) {\n    proposeCrisis(input: $input) {\n      crisis {\n        id\n        name\n        hazards\n        hazard\n        status\n        startsOn\n        endsOn\n        viewerFollowLevel\n        proposedBy {\n          displayName\n        }\n        affectedMunicipalities {\n          name\n        }\n      }\n    }\n  }\n': typeof types.ProposalsProposeDocument;
  '\n  mutation ProposalsUpdate($input: UpdateCrisisInput!) {\n    updateCrisis(input: $input) {\n      crisis {\n        name\n        hazards\n        description\n      }\n    }\n  }\n': typeof types.ProposalsUpdateDocument;
  '\n  mutation ProposalsConfirm($id: ID!) {\n    confirmCrisis(input: { id: $id }) {\n      crisis {\n        status\n      }\n    }\n  }\n': typeof types.ProposalsConfirmDocument;
  '\n  mutation ProposalsReject($id: ID!, $reason: String!) {\n    rejectCrisis(input: { id: $id, reason: $reason }) {\n      crisis {\n        status\n        decisionReason\n      }\n    }\n  }\n': typeof types.ProposalsRejectDocument;
  '\n  mutation ProposalsMerge($id: ID!, $intoId: ID!) {\n    mergeCrisis(input: { id: $id, intoId: $intoId }) {\n      crisis {\n        status\n        mergedInto {\n          name\n        }\n      }\n    }\n  }\n': typeof types.ProposalsMergeDocument;
  '\n  mutation ProposalsEnd($id: ID!, $endsOn: Date) {\n    endCrisis(input: { id: $id, endsOn: $endsOn }) {\n      crisis {\n        endsOn\n      }\n    }\n  }\n': typeof types.ProposalsEndDocument;
  '\n  query ProposalsOne($id: ID!) {\n    crisis(id: $id) {\n      name\n      status\n      decisionReason\n      viewerFollowLevel\n      affectedMunicipalities {\n        name\n      }\n      mergedInto {\n        name\n      }\n    }\n  }\n': typeof types.ProposalsOneDocument;
  '\n  query ProposalsList($status: CrisisStatus, $hazard: Hazard) {\n    crises(first: 100, status: $status, hazard: $hazard) {\n      nodes {\n        name\n        status\n      }\n    }\n  }\n': typeof types.ProposalsListDocument;
  '\n  mutation ProposalsLink($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        crisis {\n          name\n        }\n      }\n    }\n  }\n': typeof types.ProposalsLinkDocument;
  '\n  query ProposalsLesson($id: ID!) {\n    experience(id: $id) {\n      crisis {\n        name\n      }\n    }\n  }\n': typeof types.ProposalsLessonDocument;
  '\n  mutation ProposalsFollow($targetId: ID!) {\n    follow(input: { targetId: $targetId, level: WATCHING }) {\n      level\n    }\n  }\n': typeof types.ProposalsFollowDocument;
  '\n  mutation DiscussionsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n        kind\n        title\n        bodyHtml\n        commentCount\n        author {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsCreateThreadDocument;
  '\n  mutation DiscussionsAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n        bodyHtml\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsAddCommentDocument;
  '\n  mutation DiscussionsEditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        id\n        body\n        editedAt\n      }\n    }\n  }\n': typeof types.DiscussionsEditCommentDocument;
  '\n  mutation DiscussionsDeleteComment($id: ID!) {\n    deleteComment(input: { commentId: $id }) {\n      comment {\n        id\n        body\n        bodyHtml\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsDeleteCommentDocument;
  '\n  mutation DiscussionsReact($id: ID!, $kind: ReactionKind!) {\n    addReaction(input: { targetId: $id, kind: $kind }) {\n      active\n      kind\n      target {\n        __typename\n        ... on Comment {\n          helpfulCount\n          thanksCount\n          viewerReactions\n        }\n        ... on Experience {\n          helpfulCount\n          viewerReactions\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsReactDocument;
  '\n  mutation DiscussionsUnreact($id: ID!, $kind: ReactionKind!) {\n    removeReaction(input: { targetId: $id, kind: $kind }) {\n      active\n      target {\n        ... on Comment {\n          helpfulCount\n          viewerReactions\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsUnreactDocument;
  '\n  query DiscussionsThreadPage($id: ID!, $first: Int, $replies: Int) {\n    thread(id: $id) {\n      title\n      commentCount\n      comments(first: $first) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            bodyHtml\n            deleted\n            createdAt\n            editedAt\n            helpfulCount\n            thanksCount\n            replyCount\n            viewerReactions\n            author {\n              displayName\n            }\n            replies(first: $replies) {\n              nodes {\n                id\n                body\n                createdAt\n                viewerReactions\n                helpfulCount\n                author {\n                  displayName\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsThreadPageDocument;
  '\n  query DiscussionsCommentBodies($id: ID!, $after: String) {\n    thread(id: $id) {\n      comments(first: 50, after: $after) {\n        nodes {\n          body\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsCommentBodiesDocument;
  '\n  query DiscussionsCommentCount($id: ID!) {\n    thread(id: $id) {\n      commentCount\n    }\n  }\n': typeof types.DiscussionsCommentCountDocument;
  '\n  mutation DiscussionsCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n          experience {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsCreateExperienceDocument;
  '\n  mutation DiscussionsPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n': typeof types.DiscussionsPublishDocument;
  '\n  query DiscussionsThreads {\n    threads(first: 100) {\n      nodes {\n        id\n        kind\n      }\n    }\n  }\n': typeof types.DiscussionsThreadsDocument;
  '\n  fragment DiscussionsAccount on User {\n    id\n    email\n    emailVerified\n    bannedUntil\n    banReason\n    createdAt\n  }\n': typeof types.DiscussionsAccountFragmentDoc;
  '\n  query DiscussionsViewer {\n    viewer {\n      ...DiscussionsAccount\n    }\n  }\n': typeof types.DiscussionsViewerDocument;
  '\n  query DiscussionsCommentAuthors($id: ID!) {\n    thread(id: $id) {\n      comments(first: 100) {\n        nodes {\n          id\n          author {\n            ...DiscussionsAccount\n          }\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsCommentAuthorsDocument;
  '\n  mutation DiscussionsAddCommentWithThread($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        thread {\n          id\n          commentCount\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsAddCommentWithThreadDocument;
  '\n  fragment DiscussionsCommentFields on Comment {\n    id\n    body\n    bodyHtml\n    deleted\n    createdAt\n    editedAt\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    moderation {\n      hidden\n    }\n    moderationHistory {\n      action\n    }\n    author {\n      id\n      displayName\n      createdAt\n      email\n      emailVerified\n      bannedUntil\n      banReason\n    }\n    thread {\n      id\n      title\n    }\n  }\n': typeof types.DiscussionsCommentFieldsFragmentDoc;
  '\n  query DiscussionsCommentsInFull($id: ID!) {\n    thread(id: $id) {\n      comments(first: 30) {\n        nodes {\n          ...DiscussionsCommentFields\n          replies(first: 10) {\n            nodes {\n              ...DiscussionsCommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsCommentsInFullDocument;
  '\n  query DiscussionsOneComment($id: ID!) {\n    node(id: $id) {\n      ... on Comment {\n        ...DiscussionsCommentFields\n      }\n    }\n  }\n': typeof types.DiscussionsOneCommentDocument;
  '\n  mutation FollowUpSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n': typeof types.FollowUpSeriesDocument;
  '\n  mutation FollowUpSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n        followUpThreads(first: 1) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.FollowUpSessionDocument;
  '\n  mutation FollowUpSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n    }\n  }\n': typeof types.FollowUpSpeakerDocument;
  '\n  mutation FollowUpMute($input: FollowInput!) {\n    follow(input: $input) {\n      level\n    }\n  }\n': typeof types.FollowUpMuteDocument;
  '\n  mutation FollowUpComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n': typeof types.FollowUpCommentDocument;
  '\n  mutation FollowUpAccept($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      question {\n        acceptedAnswer {\n          body\n        }\n      }\n    }\n  }\n': typeof types.FollowUpAcceptDocument;
  '\n  mutation FollowUpClose($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        closedAt\n      }\n    }\n  }\n': typeof types.FollowUpCloseDocument;
  '\n  mutation FollowUpRecord($input: RecordSeminarSessionInput!) {\n    recordSeminarSession(input: $input) {\n      session {\n        recordingUrl\n      }\n    }\n  }\n': typeof types.FollowUpRecordDocument;
  '\n  mutation FollowUpDraftLesson($input: DraftLessonFromThreadInput!) {\n    draftLessonFromThread(input: $input) {\n      experience {\n        id\n      }\n    }\n  }\n': typeof types.FollowUpDraftLessonDocument;
  '\n  query FollowUpInbox {\n    viewer {\n      notifications(first: 5) {\n        nodes {\n          kind\n        }\n      }\n    }\n  }\n': typeof types.FollowUpInboxDocument;
  '\n  query FollowUpViewerCan($thread: ID!, $question: ID!) {\n    thread(id: $thread) {\n      viewerCanClose\n    }\n    node(id: $question) {\n      ... on Comment {\n        viewerCanAccept\n      }\n    }\n  }\n': typeof types.FollowUpViewerCanDocument;
  '\n  mutation MentionsComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n': typeof types.MentionsCommentDocument;
  '\n  mutation MentionsMute($targetId: ID!) {\n    follow(input: { targetId: $targetId, level: MUTED }) {\n      level\n    }\n  }\n': typeof types.MentionsMuteDocument;
  '\n  query MentionsParticipants($id: ID!) {\n    thread(id: $id) {\n      participants {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.MentionsParticipantsDocument;
  '\n  query MentionsNotifications {\n    viewer {\n      notifications(first: 20) {\n        nodes {\n          kind\n          actor {\n            displayName\n          }\n          comment {\n            body\n          }\n        }\n      }\n    }\n  }\n': typeof types.MentionsNotificationsDocument;
  '\n  mutation NewAccountLimitsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n        kind\n      }\n    }\n  }\n': typeof types.NewAccountLimitsCreateThreadDocument;
  '\n  mutation NewAccountLimitsAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n      }\n    }\n  }\n': typeof types.NewAccountLimitsAddCommentDocument;
  '\n  mutation NewAccountLimitsEditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        id\n        body\n      }\n    }\n  }\n': typeof types.NewAccountLimitsEditCommentDocument;
  '\n  mutation NewAccountLimitsDeleteComment($id: ID!) {\n    deleteComment(input: { commentId: $id }) {\n      comment {\n        id\n        deleted\n      }\n    }\n  }\n': typeof types.NewAccountLimitsDeleteCommentDocument;
  '\n  query ExperienceHtml($id: ID!) {\n    experience(id: $id) {\n      situationHtml\n      actionsHtml\n      outcomeHtml\n      rootCauseHtml\n      transferabilityHtml\n    }\n  }\n': typeof types.ExperienceHtmlDocument;
  '\n  mutation ExperiencesCreate($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        status\n        thread {\n          id\n        }\n      }\n    }\n  }\n': typeof types.ExperiencesCreateDocument;
  '\n  mutation ExperiencesPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n        status\n        publishedAt\n      }\n    }\n  }\n': typeof types.ExperiencesPublishDocument;
  '\n  mutation ExperiencesUpdate($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        id\n        title\n        summary\n        recommendations {\n          text\n          addressee\n          status\n        }\n        crisis {\n          name\n        }\n        seminarSession {\n          title\n        }\n      }\n    }\n  }\n': typeof types.ExperiencesUpdateDocument;
  '\n  query ExperiencesOne($id: ID!) {\n    experience(id: $id) {\n      id\n      title\n      status\n    }\n  }\n': typeof types.ExperiencesOneDocument;
  '\n  query ExperiencesNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n': typeof types.ExperiencesNodeDocument;
  '\n  query ExperiencesThread($id: ID!) {\n    thread(id: $id) {\n      id\n    }\n  }\n': typeof types.ExperiencesThreadDocument;
  '\n  query ExperiencesIds($first: Int, $after: String, $filter: ExperienceFilter, $orderBy: ExperienceOrder) {\n    experiences(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ExperiencesIdsDocument;
  '\n  query ExperiencesMostHelpful {\n    experiences(first: 1, orderBy: MOST_HELPFUL) {\n      nodes {\n        id\n        helpfulCount\n      }\n    }\n  }\n': typeof types.ExperiencesMostHelpfulDocument;
  '\n  query ExperiencesSearch($query: String!) {\n    search(query: $query) {\n      nodes {\n        node {\n          ... on Experience {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.ExperiencesSearchDocument;
  '\n  mutation ExperiencesReact($id: ID!, $kind: ReactionKind!) {\n    addReaction(input: { targetId: $id, kind: $kind }) {\n      active\n    }\n  }\n': typeof types.ExperiencesReactDocument;
  '\n  fragment ExperiencesFeedFields on Experience {\n    id\n    title\n    summary\n    publishedAt\n    helpfulCount\n    thanksCount\n    commentCount\n    viewerReactions\n    author {\n      displayName\n    }\n    municipality {\n      name\n      state\n    }\n    volunteerGroup {\n      name\n    }\n    crisis {\n      name\n    }\n  }\n': typeof types.ExperiencesFeedFieldsFragmentDoc;
  '\n  query ExperiencesFeed($first: Int) {\n    experiences(first: $first) {\n      edges {\n        cursor\n        node {\n          ...ExperiencesFeedFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ExperiencesFeedDocument;
  '\n  fragment ExperiencesFields on Experience {\n    id\n    title\n    summary\n    situation\n    actions\n    outcome\n    rootCause\n    transferability\n    hazards\n    phase\n    fieldsOfAction\n    actors\n    status\n    visibility\n    publishedAt\n    createdAt\n    updatedAt\n    helpfulCount\n    thanksCount\n    commentCount\n    viewerReactions\n    moderation {\n      hidden\n    }\n    recommendations {\n      text\n      addressee\n      status\n    }\n    moderationHistory {\n      action\n    }\n    author {\n      id\n      displayName\n      createdAt\n      email\n      emailVerified\n      bannedUntil\n      banReason\n    }\n    municipality {\n      id\n      name\n      kind\n      officialKey\n      state\n      population\n      parent {\n        id\n        name\n      }\n    }\n    volunteerGroup {\n      id\n      name\n      kind\n      description\n      website\n      homeMunicipality {\n        id\n      }\n    }\n    crisis {\n      id\n      name\n      hazard\n      description\n      startsOn\n      endsOn\n    }\n    seminarSession {\n      id\n    }\n    thread {\n      id\n      commentCount\n    }\n  }\n': typeof types.ExperiencesFieldsFragmentDoc;
  '\n  query ExperiencesOneInFull($id: ID!) {\n    experience(id: $id) {\n      ...ExperiencesFields\n    }\n  }\n': typeof types.ExperiencesOneInFullDocument;
  '\n  query ExperiencesListInFull {\n    experiences(first: 100) {\n      nodes {\n        ...ExperiencesFields\n      }\n    }\n  }\n': typeof types.ExperiencesListInFullDocument;
  '\n  mutation LessonFollowsFollow($targetId: ID!, $level: FollowLevel!) {\n    follow(input: { targetId: $targetId, level: $level }) {\n      level\n      target {\n        __typename\n      }\n    }\n  }\n': typeof types.LessonFollowsFollowDocument;
  '\n  mutation LessonFollowsFollowHazard($hazard: Hazard!) {\n    followHazard(input: { hazard: $hazard, level: WATCHING }) {\n      hazard\n      level\n    }\n  }\n': typeof types.LessonFollowsFollowHazardDocument;
  '\n  mutation LessonFollowsUnfollowHazard($hazard: Hazard!) {\n    unfollowHazard(input: { hazard: $hazard }) {\n      level\n    }\n  }\n': typeof types.LessonFollowsUnfollowHazardDocument;
  '\n  query LessonFollowsNotifications {\n    viewer {\n      followedHazards {\n        hazard\n        level\n      }\n      notifications(first: 20) {\n        nodes {\n          kind\n          actor {\n            displayName\n          }\n          experience {\n            title\n          }\n          thread {\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.LessonFollowsNotificationsDocument;
  '\n  query LessonFollowsLevels($experienceId: ID!, $municipalityId: ID!) {\n    experience(id: $experienceId) {\n      viewerFollowLevel\n    }\n    municipality(id: $municipalityId) {\n      viewerFollowLevel\n    }\n  }\n': typeof types.LessonFollowsLevelsDocument;
  '\n        mutation LessonFollowsPublish($id: ID!) {\n          publishExperience(input: { id: $id }) {\n            experience {\n              status\n            }\n          }\n        }\n      ': typeof types.LessonFollowsPublishDocument;
  '\n      query LessonFollowsGroupLevel($id: ID!) {\n        volunteerGroup(id: $id) {\n          viewerFollowLevel\n        }\n      }\n    ': typeof types.LessonFollowsGroupLevelDocument;
  '\n  mutation AccountRecoveryRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        emailVerified\n      }\n    }\n  }\n': typeof types.AccountRecoveryRegisterDocument;
  '\n  mutation AccountRecoveryLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n': typeof types.AccountRecoveryLoginDocument;
  '\n  query AccountRecoveryViewer {\n    viewer {\n      id\n      email\n      emailVerified\n    }\n  }\n': typeof types.AccountRecoveryViewerDocument;
  '\n  mutation AccountRecoveryRequestVerification {\n    requestEmailVerification {\n      sentTo\n      expiresAt\n    }\n  }\n': typeof types.AccountRecoveryRequestVerificationDocument;
  '\n  mutation AccountRecoveryVerify($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n      verifiedAt\n    }\n  }\n': typeof types.AccountRecoveryVerifyDocument;
  '\n  mutation AccountRecoveryRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      email\n    }\n  }\n': typeof types.AccountRecoveryRequestResetDocument;
  '\n  mutation AccountRecoveryReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n      signedOutSessions\n    }\n  }\n': typeof types.AccountRecoveryResetDocument;
  '\n  mutation AccountRecoveryRequestMembership($m: ID!) {\n    requestMembership(input: { municipalityId: $m, role: STAFF, position: "Bauamt" }) {\n      membership {\n        id\n        status\n      }\n    }\n  }\n': typeof types.AccountRecoveryRequestMembershipDocument;
  '\n  query AccountRecoveryUserNode($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        email\n        emailVerified\n      }\n    }\n  }\n': typeof types.AccountRecoveryUserNodeDocument;
  '\n  mutation IdentityRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.IdentityRegisterDocument;
  '\n  mutation IdentityLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n      }\n    }\n  }\n': typeof types.IdentityLoginDocument;
  '\n  query IdentityViewer {\n    viewer {\n      id\n      email\n    }\n  }\n': typeof types.IdentityViewerDocument;
  '\n  query IdentityPlatformRoles($id: ID!) {\n    viewer {\n      platformRoles\n    }\n    node(id: $id) {\n      ... on User {\n        displayName\n        platformRoles\n      }\n    }\n  }\n': typeof types.IdentityPlatformRolesDocument;
  '\n  mutation LoginThrottlingLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n      }\n    }\n  }\n': typeof types.LoginThrottlingLoginDocument;
  '\n  mutation SessionsLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n      }\n    }\n  }\n': typeof types.SessionsLoginDocument;
  '\n  mutation SessionsRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n': typeof types.SessionsRefreshDocument;
  '\n  query SessionsList {\n    viewer {\n      id\n      sessions {\n        id\n        createdAt\n        lastUsedAt\n        userAgent\n        current\n      }\n    }\n  }\n': typeof types.SessionsListDocument;
  '\n  mutation SessionsRevoke($id: ID!) {\n    revokeSession(input: { sessionId: $id }) {\n      sessionId\n    }\n  }\n': typeof types.SessionsRevokeDocument;
  '\n  mutation SessionsSignOut {\n    signOut {\n      sessionId\n    }\n  }\n': typeof types.SessionsSignOutDocument;
  '\n  mutation SessionsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n      user {\n        id\n      }\n    }\n  }\n': typeof types.SessionsChangePasswordDocument;
  '\n  query SessionsViewer {\n    viewer {\n      id\n    }\n  }\n': typeof types.SessionsViewerDocument;
  '\n  mutation MembershipsRequest($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      membership {\n        id\n        role\n        status\n        position\n      }\n    }\n  }\n': typeof types.MembershipsRequestDocument;
  '\n  mutation MembershipsDecide($input: DecideMembershipInput!) {\n    decideMembership(input: $input) {\n      membership {\n        id\n        status\n        decisionReason\n        decidedAt\n      }\n    }\n  }\n': typeof types.MembershipsDecideDocument;
  '\n  mutation MembershipsRevoke($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input) {\n      membership {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n': typeof types.MembershipsRevokeDocument;
  '\n  query MembershipsMine {\n    viewer {\n      memberships {\n        id\n        role\n        status\n        decisionReason\n        municipality {\n          name\n        }\n        volunteerGroup {\n          name\n        }\n      }\n    }\n  }\n': typeof types.MembershipsMineDocument;
  '\n  query MembershipsRequests {\n    membershipRequests {\n      id\n      user {\n        displayName\n      }\n    }\n  }\n': typeof types.MembershipsRequestsDocument;
  '\n  mutation MembershipsPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        status\n      }\n    }\n  }\n': typeof types.MembershipsPublishDocument;
  '\n  query MembershipsOfUser($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        memberships {\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.MembershipsOfUserDocument;
  '\n  query VisibilityExperience($id: ID!) {\n    experience(id: $id) {\n      id\n    }\n  }\n': typeof types.VisibilityExperienceDocument;
  '\n  query VisibilityFeed {\n    experiences(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n': typeof types.VisibilityFeedDocument;
  '\n  query VisibilityNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n': typeof types.VisibilityNodeDocument;
  '\n  query VisibilityThreads {\n    threads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n': typeof types.VisibilityThreadsDocument;
  '\n  query VisibilityThread($id: ID!) {\n    thread(id: $id) {\n      id\n      comments {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n': typeof types.VisibilityThreadDocument;
  '\n  query VisibilitySearch($q: String!) {\n    search(query: $q) {\n      nodes {\n        node {\n          ... on Experience {\n            id\n          }\n          ... on Thread {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.VisibilitySearchDocument;
  '\n  mutation VisibilityReply($t: ID!) {\n    addComment(input: { threadId: $t, body: "Antwort" }) {\n      comment {\n        id\n      }\n    }\n  }\n': typeof types.VisibilityReplyDocument;
  '\n  mutation VisibilityThank($c: ID!) {\n    addReaction(input: { targetId: $c, kind: THANKS }) {\n      active\n    }\n  }\n': typeof types.VisibilityThankDocument;
  '\n  mutation VisibilityCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n': typeof types.VisibilityCreateThreadDocument;
  '\n  mutation ModerationCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n': typeof types.ModerationCreateThreadDocument;
  '\n  mutation ModerationAddComment($t: ID!, $body: String!) {\n    addComment(input: { threadId: $t, body: $body }) {\n      comment {\n        id\n      }\n    }\n  }\n': typeof types.ModerationAddCommentDocument;
  '\n  mutation ModerationFlag($id: ID!, $reason: FlagReason! = OFFENSIVE, $note: String) {\n    flagContent(input: { targetId: $id, reason: $reason, note: $note }) {\n      targetHidden\n      flag {\n        id\n        reason\n        note\n      }\n      target {\n        __typename\n      }\n    }\n  }\n': typeof types.ModerationFlagDocument;
  '\n  mutation ModerationHide($id: ID!, $reason: String!) {\n    hideContent(input: { targetId: $id, reason: $reason }) {\n      target {\n        __typename\n      }\n      action {\n        action\n        reason\n        actor {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.ModerationHideDocument;
  '\n  mutation ModerationRestore($id: ID!, $reason: String!) {\n    restoreContent(input: { targetId: $id, reason: $reason }) {\n      action {\n        action\n      }\n    }\n  }\n': typeof types.ModerationRestoreDocument;
  '\n  mutation ModerationDismiss($id: ID!, $reason: String!) {\n    dismissFlags(input: { targetId: $id, reason: $reason }) {\n      action {\n        action\n      }\n    }\n  }\n': typeof types.ModerationDismissDocument;
  '\n  query ModerationComment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Comment {\n        body\n        bodyHtml\n        moderation {\n          hidden\n          reason\n          automatic\n        }\n        moderationHistory {\n          action\n          reason\n        }\n      }\n    }\n  }\n': typeof types.ModerationCommentDocument;
  '\n  query ModerationThread($id: ID!) {\n    thread(id: $id) {\n      title\n      body\n      bodyHtml\n      locked\n      lockReason\n      kind\n      seminarSession {\n        id\n      }\n      moderation {\n        hidden\n        reason\n      }\n      moderationHistory {\n        action\n        reason\n      }\n    }\n  }\n': typeof types.ModerationThreadDocument;
  '\n  query ModerationQueue {\n    moderationQueue(first: 50) {\n      nodes {\n        flagCount\n        firstFlaggedAt\n        reasons {\n          reason\n          count\n        }\n        flags {\n          reason\n          note\n          reporter {\n            displayName\n          }\n        }\n        target {\n          __typename\n          ... on Comment {\n            id\n            body\n          }\n          ... on Thread {\n            id\n            title\n          }\n          ... on Experience {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.ModerationQueueDocument;
  '\n  query ModerationQueueInContext {\n    moderationQueue(first: 50) {\n      nodes {\n        target {\n          ... on Comment {\n            id\n            body\n            thread {\n              title\n              visibility\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ModerationQueueInContextDocument;
  '\n  query ModerationQueuePage($after: String) {\n    moderationQueue(first: 1, after: $after) {\n      nodes {\n        target {\n          ... on Comment {\n            id\n          }\n          ... on Thread {\n            id\n          }\n          ... on Experience {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ModerationQueuePageDocument;
  '\n  query ModerationQueueAfter($a: String) {\n    moderationQueue(after: $a) {\n      nodes {\n        flagCount\n      }\n    }\n  }\n': typeof types.ModerationQueueAfterDocument;
  '\n  query ModerationLog($s: ID) {\n    moderationLog(first: 50, subjectId: $s) {\n      nodes {\n        action\n        reason\n        subjectId\n        until\n        flagCount\n        actor {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.ModerationLogDocument;
  '\n  query ModerationLogSubjects($first: Int!) {\n    moderationLog(first: $first) {\n      nodes {\n        action\n        actor {\n          displayName\n        }\n        subject {\n          __typename\n          ... on Comment {\n            id\n            body\n            author {\n              displayName\n            }\n            thread {\n              id\n              title\n              experience {\n                id\n                title\n              }\n            }\n          }\n          ... on Thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n          ... on Experience {\n            id\n            title\n          }\n          ... on User {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n': typeof types.ModerationLogSubjectsDocument;
  '\n  query ModerationLogPage($after: String) {\n    moderationLog(first: 2, after: $after) {\n      nodes {\n        subjectId\n        action\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n': typeof types.ModerationLogPageDocument;
  '\n  query ModerationLogAfter($a: String) {\n    moderationLog(after: $a) {\n      nodes {\n        action\n      }\n    }\n  }\n': typeof types.ModerationLogAfterDocument;
  '\n  mutation ModerationBan($input: BanUserInput!) {\n    banUser(input: $input) {\n      user {\n        id\n        bannedUntil\n        banReason\n      }\n      action {\n        action\n        until\n      }\n    }\n  }\n': typeof types.ModerationBanDocument;
  '\n  mutation ModerationUnban($u: ID!) {\n    unbanUser(input: { userId: $u, reason: "Einsicht gezeigt" }) {\n      user {\n        bannedUntil\n      }\n    }\n  }\n': typeof types.ModerationUnbanDocument;
  '\n  mutation ModerationErase($u: ID!) {\n    erasePersonalData(input: { userId: $u, reason: "Antrag per E-Mail vom 30.11.2026" }) {\n      user {\n        displayName\n      }\n      action {\n        action\n      }\n    }\n  }\n': typeof types.ModerationEraseDocument;
  '\n  mutation ModerationLock($t: ID!) {\n    lockThread(input: { threadId: $t, reason: "Diskussion entgleist" }) {\n      thread {\n        locked\n        lockReason\n      }\n    }\n  }\n': typeof types.ModerationLockDocument;
  '\n  mutation ModerationUnlock($t: ID!) {\n    unlockThread(input: { threadId: $t, reason: "Wieder offen" }) {\n      thread {\n        locked\n      }\n    }\n  }\n': typeof types.ModerationUnlockDocument;
  '\n  mutation ModerationMove($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      thread {\n        kind\n        seminarSession {\n          id\n        }\n      }\n      action {\n        action\n      }\n    }\n  }\n': typeof types.ModerationMoveDocument;
  '\n  query ModerationThreads {\n    threads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n': typeof types.ModerationThreadsDocument;
  '\n  query ModerationFeed {\n    experiences(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n': typeof types.ModerationFeedDocument;
  '\n  query ModerationSearch($q: String!) {\n    search(query: $q) {\n      nodes {\n        node {\n          ... on Thread {\n            id\n          }\n          ... on Experience {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.ModerationSearchDocument;
  '\n  query ModerationHiddenExperience($id: ID!) {\n    experience(id: $id) {\n      title\n      summary\n      recommendations {\n        text\n      }\n      moderation {\n        reason\n      }\n    }\n  }\n': typeof types.ModerationHiddenExperienceDocument;
  '\n  query ModerationExperienceTitle($id: ID!) {\n    experience(id: $id) {\n      title\n    }\n  }\n': typeof types.ModerationExperienceTitleDocument;
  '\n  query ModerationDiscussionTitle($id: ID!) {\n    experience(id: $id) {\n      thread {\n        title\n        moderation {\n          reason\n        }\n      }\n    }\n  }\n': typeof types.ModerationDiscussionTitleDocument;
  '\n  query ModerationFollowUps($id: ID!) {\n    seminarSession(id: $id) {\n      followUpThreads(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n': typeof types.ModerationFollowUpsDocument;
  '\n  query ModerationViewerBan {\n    viewer {\n      bannedUntil\n      banReason\n    }\n  }\n': typeof types.ModerationViewerBanDocument;
  '\n  query ModerationUserBan($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        bannedUntil\n      }\n    }\n  }\n': typeof types.ModerationUserBanDocument;
  '\n  mutation ModerationDeleteComment($c: ID!) {\n    deleteComment(input: { commentId: $c }) {\n      comment {\n        deleted\n      }\n    }\n  }\n': typeof types.ModerationDeleteCommentDocument;
  '\n  query ModerationViewerId {\n    viewer {\n      id\n    }\n  }\n': typeof types.ModerationViewerIdDocument;
  '\n  mutation ModerationLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n': typeof types.ModerationLoginDocument;
  '\n  query ModerationErasedComment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Comment {\n        body\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.ModerationErasedCommentDocument;
  '\n  query ModerationThreadAuthor($id: ID!) {\n    thread(id: $id) {\n      author {\n        displayName\n      }\n    }\n  }\n': typeof types.ModerationThreadAuthorDocument;
  '\n  query MunicipalitiesList($first: Int, $after: String, $state: Bundesland, $kind: MunicipalityKind, $parentId: ID, $nameContains: String) {\n    municipalities(first: $first, after: $after, state: $state, kind: $kind, parentId: $parentId, nameContains: $nameContains) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      nodes {\n        id\n        name\n        kind\n        state\n        officialKey\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n': typeof types.MunicipalitiesListDocument;
  '\n  query MunicipalitiesOne($id: ID, $officialKey: String) {\n    municipality(id: $id, officialKey: $officialKey) {\n      id\n      name\n      kind\n      state\n      officialKey\n      population\n      parent {\n        id\n        name\n        kind\n        officialKey\n        parent {\n          id\n        }\n      }\n    }\n  }\n': typeof types.MunicipalitiesOneDocument;
  '\n  query MunicipalitiesByKeyAndId($id: ID) {\n    municipality(officialKey: "07131", id: $id) {\n      id\n    }\n  }\n': typeof types.MunicipalitiesByKeyAndIdDocument;
  '\n  query MunicipalitiesNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Municipality {\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n': typeof types.MunicipalitiesNodeDocument;
  '\n  query MunicipalitiesParents {\n    municipalities(first: 100, state: RP) {\n      nodes {\n        name\n        parent {\n          name\n          officialKey\n        }\n      }\n    }\n  }\n': typeof types.MunicipalitiesParentsDocument;
  '\n  query MailSettings {\n    viewer {\n      notificationMailSettings {\n        kind\n        delivery\n      }\n    }\n  }\n': typeof types.MailSettingsDocument;
  '\n  mutation MailSetDelivery($input: SetNotificationMailDeliveryInput!) {\n    setNotificationMailDelivery(input: $input) {\n      kind\n      delivery\n    }\n  }\n': typeof types.MailSetDeliveryDocument;
  '\n  mutation MailUnsubscribe($input: UnsubscribeNotificationMailsInput!) {\n    unsubscribeNotificationMails(input: $input) {\n      kind\n    }\n  }\n': typeof types.MailUnsubscribeDocument;
  '\n  mutation MailMarkAllRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n': typeof types.MailMarkAllReadDocument;
  '\n  query NotificationsList($first: Int, $after: String, $unreadOnly: Boolean) {\n    viewer {\n      unreadNotificationCount\n      notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n        nodes {\n          id\n          kind\n          read\n          actor {\n            displayName\n          }\n          thread {\n            title\n          }\n          comment {\n            body\n          }\n          seminarSession {\n            title\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.NotificationsListDocument;
  '\n  query NotificationsOfSomeoneElse($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        notifications {\n          nodes {\n            kind\n          }\n        }\n        unreadNotificationCount\n      }\n    }\n  }\n': typeof types.NotificationsOfSomeoneElseDocument;
  '\n  mutation NotificationsFollow($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      target {\n        ... on Thread {\n          title\n          viewerFollowLevel\n        }\n        ... on SeminarSession {\n          title\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n': typeof types.NotificationsFollowDocument;
  '\n  mutation NotificationsUnfollow($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n    }\n  }\n': typeof types.NotificationsUnfollowDocument;
  '\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n': typeof types.NotificationsMarkReadDocument;
  '\n  query NotificationsThreadState($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        viewerFollowLevel\n        viewerNewCommentCount\n      }\n    }\n  }\n': typeof types.NotificationsThreadStateDocument;
  '\n  mutation NotificationsMarkSeen($input: MarkThreadSeenInput!) {\n    markThreadSeen(input: $input) {\n      thread {\n        viewerNewCommentCount\n      }\n    }\n  }\n': typeof types.NotificationsMarkSeenDocument;
  '\n  mutation NotificationsCreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n': typeof types.NotificationsCreateSeriesDocument;
  '\n  mutation NotificationsCreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n': typeof types.NotificationsCreateSessionDocument;
  '\n  mutation NotificationsRegister($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        status\n      }\n      session {\n        viewerFollowLevel\n      }\n    }\n  }\n': typeof types.NotificationsRegisterDocument;
  '\n  mutation NotificationsCancelRegistration($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        status\n      }\n    }\n  }\n': typeof types.NotificationsCancelRegistrationDocument;
  '\n  mutation NotificationsFollowSeries($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      target {\n        ... on SeminarSeries {\n          title\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n': typeof types.NotificationsFollowSeriesDocument;
  '\n  mutation NotificationsCancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        cancelledAt\n      }\n    }\n  }\n': typeof types.NotificationsCancelSessionDocument;
  '\n  mutation NotificationsRequestMembership($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      membership {\n        id\n      }\n    }\n  }\n': typeof types.NotificationsRequestMembershipDocument;
  '\n  mutation NotificationsDecideMembership($input: DecideMembershipInput!) {\n    decideMembership(input: $input) {\n      membership {\n        status\n      }\n    }\n  }\n': typeof types.NotificationsDecideMembershipDocument;
  '\n  mutation NotificationsHide($input: ModerateContentInput!) {\n    hideContent(input: $input) {\n      action {\n        id\n      }\n    }\n  }\n': typeof types.NotificationsHideDocument;
  '\n  mutation NotificationsRestore($input: ModerateContentInput!) {\n    restoreContent(input: $input) {\n      action {\n        id\n      }\n    }\n  }\n': typeof types.NotificationsRestoreDocument;
  '\n  query NotificationsDecisions {\n    viewer {\n      notifications(first: 5) {\n        nodes {\n          kind\n          actor {\n            displayName\n          }\n          membership {\n            status\n            decisionReason\n          }\n          comment {\n            body\n            moderation {\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.NotificationsDecisionsDocument;
  '\n  query RateLimitViewer {\n    viewer {\n      id\n    }\n  }\n': typeof types.RateLimitViewerDocument;
  '\n  query RateLimitViewerTwice {\n    a: viewer {\n      id\n    }\n    b: viewer {\n      id\n    }\n  }\n': typeof types.RateLimitViewerTwiceDocument;
  '\n  query RedisOutageMunicipalities {\n    municipalities(first: 1) {\n      nodes {\n        name\n      }\n    }\n  }\n': typeof types.RedisOutageMunicipalitiesDocument;
  '\n  query SearchHits($q: String!, $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $q, filter: $filter, first: $first, after: $after) {\n      nodes {\n        rank\n        snippet\n        node {\n          __typename\n          ... on Experience {\n            id\n            title\n          }\n          ... on Thread {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SearchHitsDocument;
  '\n  mutation OrganisingCreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n        title\n        organisers\n        organisingMunicipalities {\n          name\n        }\n        organisingVolunteerGroups {\n          name\n        }\n      }\n    }\n  }\n': typeof types.OrganisingCreateSeriesDocument;
  '\n  mutation OrganisingUpdateSeries($input: UpdateSeminarSeriesInput!) {\n    updateSeminarSeries(input: $input) {\n      series {\n        title\n        description\n      }\n    }\n  }\n': typeof types.OrganisingUpdateSeriesDocument;
  '\n  mutation OrganisingCreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n        title\n        topic\n        startsAt\n        endsAt\n        timeZone\n        capacity\n        onlineUrl\n        registrationClosesAt\n        isUpcoming\n        cancelledAt\n        series {\n          title\n        }\n      }\n    }\n  }\n': typeof types.OrganisingCreateSessionDocument;
  '\n  mutation OrganisingUpdateSession($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        title\n        topic\n        capacity\n        startsAt\n      }\n    }\n  }\n': typeof types.OrganisingUpdateSessionDocument;
  '\n  mutation OrganisingCancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        cancelledAt\n        cancelReason\n      }\n    }\n  }\n': typeof types.OrganisingCancelSessionDocument;
  '\n  mutation OrganisingAddSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n        name\n        confirmation\n      }\n      session {\n        speakers {\n          name\n        }\n      }\n    }\n  }\n': typeof types.OrganisingAddSpeakerDocument;
  '\n  mutation OrganisingUpdateSpeaker($input: UpdateSeminarSpeakerInput!) {\n    updateSeminarSpeaker(input: $input) {\n      speaker {\n        name\n        confirmation\n        role\n      }\n    }\n  }\n': typeof types.OrganisingUpdateSpeakerDocument;
  '\n  mutation OrganisingRemoveSpeaker($input: RemoveSeminarSpeakerInput!) {\n    removeSeminarSpeaker(input: $input) {\n      speaker {\n        name\n      }\n      session {\n        speakers {\n          name\n          role\n          confirmation\n          municipality {\n            name\n          }\n          volunteerGroup {\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.OrganisingRemoveSpeakerDocument;
  '\n  query OrganisingCanOrganise($seriesId: ID!, $sessionId: ID!) {\n    seminarSeries(id: $seriesId) {\n      viewerCanOrganise\n    }\n    seminarSession(id: $sessionId) {\n      viewerCanOrganise\n    }\n  }\n': typeof types.OrganisingCanOrganiseDocument;
  '\n  query OrganisingSpeakingAt {\n    viewer {\n      speakingAt {\n        title\n        startsAt\n      }\n    }\n  }\n': typeof types.OrganisingSpeakingAtDocument;
  '\n  query OrganisingTwoSpeakers($a: ID!, $b: ID!) {\n    a: node(id: $a) {\n      ... on User {\n        speakingAt {\n          title\n        }\n      }\n    }\n    b: node(id: $b) {\n      ... on User {\n        speakingAt {\n          title\n        }\n      }\n    }\n  }\n': typeof types.OrganisingTwoSpeakersDocument;
  '\n  query OrganisingUpcoming {\n    seminarSessions(when: UPCOMING, first: 10) {\n      nodes {\n        title\n        cancelledAt\n      }\n    }\n  }\n': typeof types.OrganisingUpcomingDocument;
  '\n  mutation RegistrationCreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n': typeof types.RegistrationCreateSeriesDocument;
  '\n  mutation RegistrationCreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n': typeof types.RegistrationCreateSessionDocument;
  '\n  mutation RegistrationAddSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n    }\n  }\n': typeof types.RegistrationAddSpeakerDocument;
  '\n  mutation RegistrationUpdateSession($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        capacity\n        registeredCount\n        waitlistCount\n      }\n    }\n  }\n': typeof types.RegistrationUpdateSessionDocument;
  '\n  mutation RegistrationCancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        cancelledAt\n        registrationOpen\n      }\n    }\n  }\n': typeof types.RegistrationCancelSessionDocument;
  '\n  mutation RegistrationRegister($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      session {\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n': typeof types.RegistrationRegisterDocument;
  '\n  mutation RegistrationCancel($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        status\n        cancelledAt\n      }\n      session {\n        registeredCount\n        waitlistCount\n      }\n    }\n  }\n': typeof types.RegistrationCancelDocument;
  '\n  mutation RegistrationSetReminder($input: SetSeminarReminderInput!) {\n    setSeminarReminder(input: $input) {\n      registration {\n        reminder\n      }\n    }\n  }\n': typeof types.RegistrationSetReminderDocument;
  '\n  mutation RegistrationSetReminders($reminders: Boolean!) {\n    setSeminarReminders(input: { reminders: $reminders })\n  }\n': typeof types.RegistrationSetRemindersDocument;
  '\n  query RegistrationMyReminders {\n    viewer {\n      seminarReminders\n      seminarRegistrations {\n        reminder\n        session {\n          title\n        }\n      }\n    }\n  }\n': typeof types.RegistrationMyRemindersDocument;
  '\n  mutation RegistrationAttendance($input: MarkSeminarAttendanceInput!) {\n    markSeminarAttendance(input: $input) {\n      registration {\n        attended\n      }\n      session {\n        attendanceCount\n      }\n    }\n  }\n': typeof types.RegistrationAttendanceDocument;
  '\n  query RegistrationSession($id: ID!) {\n    seminarSession(id: $id) {\n      title\n      onlineUrl\n      registrationOpen\n      registeredCount\n      waitlistCount\n      seatsLeft\n      viewerRegistration {\n        status\n        waitlistPosition\n      }\n      registrations(first: 20) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          promotedAt\n          user {\n            displayName\n          }\n        }\n      }\n    }\n  }\n': typeof types.RegistrationSessionDocument;
  '\n  query RegistrationMine {\n    viewer {\n      seminarRegistrations {\n        status\n        session {\n          title\n        }\n      }\n    }\n  }\n': typeof types.RegistrationMineDocument;
  '\n  query SeminarsSessions($first: Int, $after: String, $when: SeminarTimeFilter!, $seriesId: ID) {\n    seminarSessions(first: $first, after: $after, when: $when, seriesId: $seriesId) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n        isUpcoming\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n': typeof types.SeminarsSessionsDocument;
  '\n  query SeminarsSessionTitlesByDefault {\n    seminarSessions(first: 100) {\n      nodes {\n        title\n      }\n    }\n  }\n': typeof types.SeminarsSessionTitlesByDefaultDocument;
  '\n  query SeminarsSession($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      startsAt\n      endsAt\n      onlineUrl\n      isUpcoming\n      series {\n        id\n        title\n        organisers\n      }\n      speakers {\n        name\n        role\n        organisation\n        confirmation\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.SeminarsSessionDocument;
  '\n  query SeminarsSessionsWithSpeakers($first: Int, $when: SeminarTimeFilter!) {\n    seminarSessions(first: $first, when: $when) {\n      nodes {\n        title\n        series {\n          title\n        }\n        speakers {\n          name\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.SeminarsSessionsWithSpeakersDocument;
  '\n  query SeminarsSessionNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on SeminarSession {\n        title\n        startsAt\n      }\n    }\n  }\n': typeof types.SeminarsSessionNodeDocument;
  '\n  query SeminarsSeries($id: ID!, $first: Int, $after: String) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      sessions(first: $first, after: $after) {\n        nodes {\n          id\n          title\n          startsAt\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.SeminarsSeriesDocument;
  '\n  query SeminarsPastSessionsWithProgramme {\n    seminarSessions(first: 100, when: PAST) {\n      nodes {\n        title\n        series {\n          title\n          sessions(first: 1) {\n            nodes {\n              title\n            }\n            pageInfo {\n              hasNextPage\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.SeminarsPastSessionsWithProgrammeDocument;
  '\n  query SeminarsSeriesNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on SeminarSeries {\n        title\n      }\n    }\n  }\n': typeof types.SeminarsSeriesNodeDocument;
  '\n  mutation SeminarsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n        kind\n        title\n        bodyHtml\n        author {\n          displayName\n        }\n        seminarSession {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.SeminarsCreateThreadDocument;
  '\n  query SeminarsFollowUps($id: ID!, $first: Int, $after: String) {\n    seminarSession(id: $id) {\n      followUpThreads(first: $first, after: $after) {\n        nodes {\n          id\n          title\n          kind\n          author {\n            displayName\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.SeminarsFollowUpsDocument;
  '\n  query SeminarsThreadsOfSession($s: ID) {\n    threads(seminarSessionId: $s) {\n      nodes {\n        id\n      }\n    }\n  }\n': typeof types.SeminarsThreadsOfSessionDocument;
  '\n  query SeminarsPastSessionsWithFollowUps($first: Int) {\n    seminarSessions(first: $first, when: PAST) {\n      nodes {\n        title\n        followUpThreads(first: 5) {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.SeminarsPastSessionsWithFollowUpsDocument;
  '\n  mutation FactoryCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n        }\n      }\n    }\n  }\n': typeof types.FactoryCreateExperienceDocument;
  '\n  mutation FactoryPublishExperience($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n': typeof types.FactoryPublishExperienceDocument;
  '\n  mutation FactoryCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n': typeof types.FactoryCreateThreadDocument;
  '\n  mutation FactoryAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n': typeof types.FactoryAddCommentDocument;
  '\n  mutation GroupRegistrationRegister($input: RegisterVolunteerGroupInput!) {\n    registerVolunteerGroup(input: $input) {\n      volunteerGroup {\n        id\n        name\n        kind\n        status\n        description\n        website\n        viewerCanEdit\n        viewerCanDecide\n        homeMunicipality {\n          name\n        }\n        municipalitiesServed {\n          name\n        }\n      }\n    }\n  }\n': typeof types.GroupRegistrationRegisterDocument;
  '\n  query GroupRegistrationGroup($id: ID!) {\n    volunteerGroup(id: $id) {\n      id\n      name\n      status\n      website\n      decisionReason\n      decidedAt\n      viewerCanEdit\n      viewerCanDecide\n    }\n  }\n': typeof types.GroupRegistrationGroupDocument;
  '\n  query GroupRegistrationList($status: VolunteerGroupStatus) {\n    volunteerGroups(first: 100, status: $status) {\n      nodes {\n        name\n        status\n        viewerCanDecide\n      }\n    }\n  }\n': typeof types.GroupRegistrationListDocument;
  '\n  mutation GroupRegistrationConfirm($id: ID!) {\n    confirmVolunteerGroup(input: { id: $id }) {\n      volunteerGroup {\n        status\n        decidedAt\n        viewerCanDecide\n      }\n    }\n  }\n': typeof types.GroupRegistrationConfirmDocument;
  '\n  mutation GroupRegistrationReject($id: ID!, $reason: String!) {\n    rejectVolunteerGroup(input: { id: $id, reason: $reason }) {\n      volunteerGroup {\n        status\n        decisionReason\n      }\n    }\n  }\n': typeof types.GroupRegistrationRejectDocument;
  '\n  mutation GroupRegistrationUpdate($input: UpdateVolunteerGroupInput!) {\n    updateVolunteerGroup(input: $input) {\n      volunteerGroup {\n        name\n        description\n        website\n        homeMunicipality {\n          name\n        }\n        municipalitiesServed {\n          name\n        }\n      }\n    }\n  }\n': typeof types.GroupRegistrationUpdateDocument;
  '\n  query GroupRegistrationMine {\n    viewer {\n      memberships {\n        role\n        status\n        decisionReason\n        volunteerGroup {\n          name\n        }\n      }\n      notifications(first: 5) {\n        nodes {\n          kind\n          membership {\n            role\n            status\n          }\n        }\n      }\n    }\n  }\n': typeof types.GroupRegistrationMineDocument;
  '\n  query GroupRegistrationRequests {\n    membershipRequests {\n      role\n      volunteerGroup {\n        name\n      }\n    }\n  }\n': typeof types.GroupRegistrationRequestsDocument;
  '\n  mutation GroupRegistrationJoin($g: ID!) {\n    requestMembership(input: { volunteerGroupId: $g, role: MEMBER, position: "Helferin" }) {\n      membership {\n        status\n      }\n    }\n  }\n': typeof types.GroupRegistrationJoinDocument;
  '\n  query VolunteerGroupsList($first: Int, $after: String, $kind: VolunteerGroupKind, $municipalityId: ID, $nameContains: String) {\n    volunteerGroups(first: $first, after: $after, kind: $kind, municipalityId: $municipalityId, nameContains: $nameContains) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        name\n        kind\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n': typeof types.VolunteerGroupsListDocument;
  '\n  query VolunteerGroupsOne($id: ID!) {\n    volunteerGroup(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      homeMunicipality {\n        id\n        name\n        kind\n        parent {\n          name\n        }\n      }\n      municipalitiesServed {\n        id\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n': typeof types.VolunteerGroupsOneDocument;
  '\n  query VolunteerGroupsNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on VolunteerGroup {\n        name\n        municipalitiesServed {\n          name\n        }\n      }\n    }\n  }\n': typeof types.VolunteerGroupsNodeDocument;
  '\n  query VolunteerGroupsPageWithPlaces($first: Int, $nameContains: String) {\n    volunteerGroups(first: $first, nameContains: $nameContains) {\n      nodes {\n        id\n        name\n        kind\n        homeMunicipality {\n          name\n          parent {\n            name\n          }\n        }\n        municipalitiesServed {\n          id\n          name\n          parent {\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.VolunteerGroupsPageWithPlacesDocument;
  '\n  query VolunteerGroupsPageWithServedPlaces($first: Int, $nameContains: String) {\n    volunteerGroups(first: $first, nameContains: $nameContains) {\n      nodes {\n        municipalitiesServed {\n          name\n        }\n      }\n    }\n  }\n': typeof types.VolunteerGroupsPageWithServedPlacesDocument;
};
const documents: Documents = {
  '\n  mutation ApiBasicsRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n':
    types.ApiBasicsRegisterDocument,
  '\n  mutation ApiBasicsLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n      }\n    }\n  }\n':
    types.ApiBasicsLoginDocument,
  '\n  query ApiBasicsViewer {\n    viewer {\n      id\n      displayName\n      email\n    }\n  }\n': types.ApiBasicsViewerDocument,
  '\n  query ApiBasicsMunicipalities($first: Int, $after: String) {\n    municipalities(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ApiBasicsMunicipalitiesDocument,
  '\n  query ApiBasicsMunicipalityNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Municipality {\n        name\n      }\n    }\n  }\n':
    types.ApiBasicsMunicipalityNodeDocument,
  '\n  query ApiBasicsGarbageNode {\n    node(id: "garbage") {\n      id\n    }\n  }\n': types.ApiBasicsGarbageNodeDocument,
  '\n  query ApiBasicsAtTheLimits {\n    a0: viewer {\n      id\n    }\n    a1: viewer {\n      id\n    }\n    a2: viewer {\n      id\n    }\n    a3: viewer {\n      id\n    }\n    a4: viewer {\n      id\n    }\n    municipalities(first: 1) {\n      edges {\n        node {\n          parent {\n            parent {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ApiBasicsAtTheLimitsDocument,
  '\n  mutation MatrixLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n':
    types.MatrixLoginDocument,
  '\n  query MatrixSessions {\n    viewer {\n      sessions {\n        id\n        current\n      }\n    }\n  }\n':
    types.MatrixSessionsDocument,
  '\n  mutation MatrixRequestTownMembership($m: ID!) {\n    requestMembership(input: { municipalityId: $m, role: STAFF, position: "Bauamt" }) {\n      membership {\n        id\n      }\n    }\n  }\n':
    types.MatrixRequestTownMembershipDocument,
  '\n  mutation MatrixFlagContent($c: ID!) {\n    flagContent(input: { targetId: $c, reason: SPAM }) {\n      targetHidden\n    }\n  }\n':
    types.MatrixFlagContentDocument,
  '\n  mutation MatrixHideContent($c: ID!) {\n    hideContent(input: { targetId: $c, reason: "Beleidigend" }) {\n      action {\n        action\n      }\n    }\n  }\n':
    types.MatrixHideContentDocument,
  '\n  mutation MatrixRestoreContent($c: ID!) {\n    restoreContent(input: { targetId: $c, reason: "Vertretbar" }) {\n      action {\n        action\n      }\n    }\n  }\n':
    types.MatrixRestoreContentDocument,
  '\n  mutation MatrixDismissFlags($c: ID!) {\n    dismissFlags(input: { targetId: $c, reason: "Kein Spam" }) {\n      action {\n        action\n      }\n    }\n  }\n':
    types.MatrixDismissFlagsDocument,
  '\n  mutation MatrixLockThread($t: ID!) {\n    lockThread(input: { threadId: $t, reason: "Entgleist" }) {\n      thread {\n        locked\n      }\n    }\n  }\n':
    types.MatrixLockThreadDocument,
  '\n  mutation MatrixUnlockThread($t: ID!) {\n    unlockThread(input: { threadId: $t, reason: "Wieder offen" }) {\n      thread {\n        locked\n      }\n    }\n  }\n':
    types.MatrixUnlockThreadDocument,
  '\n  mutation MatrixMoveThread($t: ID!, $s: ID!) {\n    moveThread(input: { threadId: $t, seminarSessionId: $s, reason: "Gehört zum Seminar" }) {\n      thread {\n        kind\n      }\n    }\n  }\n':
    types.MatrixMoveThreadDocument,
  '\n  mutation MatrixBanUser($u: ID!, $until: DateTime!) {\n    banUser(input: { userId: $u, until: $until, reason: "Beleidigungen" }) {\n      user {\n        id\n      }\n    }\n  }\n':
    types.MatrixBanUserDocument,
  '\n  mutation MatrixUnbanUser($u: ID!) {\n    unbanUser(input: { userId: $u, reason: "Einsicht" }) {\n      user {\n        id\n      }\n    }\n  }\n':
    types.MatrixUnbanUserDocument,
  '\n  mutation MatrixErasePersonalData($u: ID!) {\n    erasePersonalData(input: { userId: $u, reason: "Antrag per E-Mail" }) {\n      user {\n        id\n      }\n    }\n  }\n':
    types.MatrixErasePersonalDataDocument,
  '\n  mutation MatrixRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n    }\n  }\n':
    types.MatrixRegisterDocument,
  '\n  mutation MatrixLoginOnly($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n':
    types.MatrixLoginOnlyDocument,
  '\n  mutation MatrixRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n    }\n  }\n':
    types.MatrixRefreshSessionDocument,
  '\n  mutation MatrixRevokeSession($s: ID!) {\n    revokeSession(input: { sessionId: $s }) {\n      sessionId\n    }\n  }\n':
    types.MatrixRevokeSessionDocument,
  '\n  mutation MatrixSignOut {\n    signOut {\n      sessionId\n    }\n  }\n': types.MatrixSignOutDocument,
  '\n  mutation MatrixChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n    }\n  }\n':
    types.MatrixChangePasswordDocument,
  '\n  mutation MatrixCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n      }\n    }\n  }\n':
    types.MatrixCreateExperienceDocument,
  '\n  mutation MatrixUpdateExperience($id: ID!) {\n    updateExperience(input: { id: $id, summary: "Geänderte Zusammenfassung." }) {\n      experience {\n        id\n      }\n    }\n  }\n':
    types.MatrixUpdateExperienceDocument,
  '\n  mutation MatrixPublishExperience($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n':
    types.MatrixPublishExperienceDocument,
  '\n  mutation MatrixCreateThread($title: String!) {\n    createThread(input: { title: $title, body: "x" }) {\n      thread {\n        id\n      }\n    }\n  }\n':
    types.MatrixCreateThreadDocument,
  '\n  mutation MatrixAddComment($t: ID!) {\n    addComment(input: { threadId: $t, body: "Hallo" }) {\n      comment {\n        id\n      }\n    }\n  }\n':
    types.MatrixAddCommentDocument,
  '\n  mutation MatrixEditComment($c: ID!) {\n    editComment(input: { commentId: $c, body: "Neu" }) {\n      comment {\n        id\n      }\n    }\n  }\n':
    types.MatrixEditCommentDocument,
  '\n  mutation MatrixDeleteComment($c: ID!) {\n    deleteComment(input: { commentId: $c }) {\n      comment {\n        id\n      }\n    }\n  }\n':
    types.MatrixDeleteCommentDocument,
  '\n  mutation MatrixAddReaction($c: ID!) {\n    addReaction(input: { targetId: $c, kind: HELPFUL }) {\n      active\n    }\n  }\n':
    types.MatrixAddReactionDocument,
  '\n  mutation MatrixRemoveReaction($c: ID!) {\n    removeReaction(input: { targetId: $c, kind: HELPFUL }) {\n      active\n    }\n  }\n':
    types.MatrixRemoveReactionDocument,
  '\n  mutation MatrixRequestMembership($g: ID!) {\n    requestMembership(input: { volunteerGroupId: $g, role: MEMBER, position: "Helfer" }) {\n      membership {\n        id\n      }\n    }\n  }\n':
    types.MatrixRequestMembershipDocument,
  '\n  mutation MatrixDecideMembership($m: ID!) {\n    decideMembership(input: { membershipId: $m, approve: true }) {\n      membership {\n        id\n      }\n    }\n  }\n':
    types.MatrixDecideMembershipDocument,
  '\n  mutation MatrixRevokeMembership($m: ID!) {\n    revokeMembership(input: { membershipId: $m, reason: "Beendet" }) {\n      membership {\n        id\n      }\n    }\n  }\n':
    types.MatrixRevokeMembershipDocument,
  '\n  mutation MatrixRequestEmailVerification {\n    requestEmailVerification {\n      sentTo\n    }\n  }\n':
    types.MatrixRequestEmailVerificationDocument,
  '\n  mutation MatrixVerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n    }\n  }\n':
    types.MatrixVerifyEmailDocument,
  '\n  mutation MatrixRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      email\n    }\n  }\n':
    types.MatrixRequestPasswordResetDocument,
  '\n  mutation MatrixResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n':
    types.MatrixResetPasswordDocument,
  '\n  mutation MatrixCreateSeminarSeries($m: ID!) {\n    createSeminarSeries(input: { title: "Reihe", organisers: ["Stadt"], organisingMunicipalityIds: [$m] }) {\n      series {\n        id\n      }\n    }\n  }\n':
    types.MatrixCreateSeminarSeriesDocument,
  '\n  mutation MatrixUpdateSeminarSeries($s: ID!) {\n    updateSeminarSeries(input: { id: $s, description: "Neu beschrieben" }) {\n      series {\n        id\n      }\n    }\n  }\n':
    types.MatrixUpdateSeminarSeriesDocument,
  '\n  mutation MatrixCreateSeminarSession($s: ID!) {\n    createSeminarSession(\n      input: { seriesId: $s, title: "Sitzung", startsAt: "2030-03-01T17:00:00+01:00", endsAt: "2030-03-01T18:30:00+01:00" }\n    ) {\n      session {\n        id\n      }\n    }\n  }\n':
    types.MatrixCreateSeminarSessionDocument,
  '\n  mutation MatrixUpdateSeminarSession($s: ID!) {\n    updateSeminarSession(input: { id: $s, topic: "Neues Thema" }) {\n      session {\n        id\n      }\n    }\n  }\n':
    types.MatrixUpdateSeminarSessionDocument,
  '\n  mutation MatrixCancelSeminarSession($s: ID!) {\n    cancelSeminarSession(input: { id: $s, reason: "Erkrankt" }) {\n      session {\n        id\n      }\n    }\n  }\n':
    types.MatrixCancelSeminarSessionDocument,
  '\n  mutation MatrixAddSeminarSpeaker($s: ID!) {\n    addSeminarSpeaker(input: { sessionId: $s, name: "Referentin" }) {\n      session {\n        id\n      }\n    }\n  }\n':
    types.MatrixAddSeminarSpeakerDocument,
  '\n  mutation MatrixUpdateSeminarSpeaker($p: ID!) {\n    updateSeminarSpeaker(input: { id: $p, confirmation: CONFIRMED }) {\n      session {\n        id\n      }\n    }\n  }\n':
    types.MatrixUpdateSeminarSpeakerDocument,
  '\n  mutation MatrixRemoveSeminarSpeaker($p: ID!) {\n    removeSeminarSpeaker(input: { id: $p }) {\n      session {\n        id\n      }\n    }\n  }\n':
    types.MatrixRemoveSeminarSpeakerDocument,
  '\n  mutation MatrixRegisterForSession($s: ID!) {\n    registerForSeminarSession(input: { sessionId: $s }) {\n      registration {\n        status\n      }\n    }\n  }\n':
    types.MatrixRegisterForSessionDocument,
  '\n  mutation MatrixCancelRegistration($s: ID!) {\n    cancelSeminarRegistration(input: { sessionId: $s }) {\n      registration {\n        status\n      }\n    }\n  }\n':
    types.MatrixCancelRegistrationDocument,
  '\n  mutation MatrixSetReminder($s: ID!) {\n    setSeminarReminder(input: { sessionId: $s, reminder: false }) {\n      registration {\n        reminder\n      }\n    }\n  }\n':
    types.MatrixSetReminderDocument,
  '\n  mutation MatrixSetReminders {\n    setSeminarReminders(input: { reminders: false })\n  }\n': types.MatrixSetRemindersDocument,
  '\n  mutation MatrixMarkAttendance($r: ID!) {\n    markSeminarAttendance(input: { registrationId: $r, attended: true }) {\n      registration {\n        attended\n      }\n    }\n  }\n':
    types.MatrixMarkAttendanceDocument,
  '\n  mutation MatrixAcceptAnswer($q: ID!, $a: ID!) {\n    acceptAnswer(input: { questionId: $q, answerId: $a }) {\n      answer {\n        isAcceptedAnswer\n      }\n    }\n  }\n':
    types.MatrixAcceptAnswerDocument,
  '\n  mutation MatrixCloseThread($t: ID!) {\n    closeThread(input: { threadId: $t, conclusion: "Wir halten fest: Sandsäcke im Bauhof." }) {\n      thread {\n        closedAt\n      }\n    }\n  }\n':
    types.MatrixCloseThreadDocument,
  '\n  mutation MatrixReopenThread($t: ID!) {\n    reopenThread(input: { threadId: $t }) {\n      thread {\n        closedAt\n      }\n    }\n  }\n':
    types.MatrixReopenThreadDocument,
  '\n  mutation MatrixDraftLesson($t: ID!, $m: ID!) {\n    draftLessonFromThread(input: { threadId: $t, municipalityId: $m, hazards: [FLOOD], phase: RESPONSE }) {\n      experience {\n        status\n      }\n    }\n  }\n':
    types.MatrixDraftLessonDocument,
  '\n  mutation MatrixRecordSession($s: ID!) {\n    recordSeminarSession(input: { id: $s, minutes: "Protokoll" }) {\n      session {\n        minutes\n      }\n    }\n  }\n':
    types.MatrixRecordSessionDocument,
  '\n  mutation MatrixSetMailDelivery {\n    setNotificationMailDelivery(input: { kind: THREAD_COMMENT, delivery: NEVER }) {\n      kind\n    }\n  }\n':
    types.MatrixSetMailDeliveryDocument,
  '\n  mutation MatrixUnsubscribeMails($token: String!) {\n    unsubscribeNotificationMails(input: { token: $token }) {\n      kind\n    }\n  }\n':
    types.MatrixUnsubscribeMailsDocument,
  '\n  mutation MatrixFollow($t: ID!) {\n    follow(input: { targetId: $t, level: WATCHING }) {\n      level\n    }\n  }\n':
    types.MatrixFollowDocument,
  '\n  mutation MatrixUnfollow($t: ID!) {\n    unfollow(input: { targetId: $t }) {\n      level\n    }\n  }\n':
    types.MatrixUnfollowDocument,
  '\n  mutation MatrixMarkNotificationsRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n':
    types.MatrixMarkNotificationsReadDocument,
  '\n  mutation MatrixMarkThreadSeen($t: ID!) {\n    markThreadSeen(input: { threadId: $t }) {\n      thread {\n        viewerNewCommentCount\n      }\n    }\n  }\n':
    types.MatrixMarkThreadSeenDocument,
  '\n  mutation MatrixProposeCrisis($m: ID!) {\n    proposeCrisis(input: { name: "Starkregen Juni", hazards: [HEAVY_RAIN], startsOn: "2024-06-01", affectedMunicipalityIds: [$m] }) {\n      crisis {\n        status\n      }\n    }\n  }\n':
    types.MatrixProposeCrisisDocument,
  '\n  mutation MatrixUpdateCrisis($c: ID!) {\n    updateCrisis(input: { id: $c, description: "Neu beschrieben" }) {\n      crisis {\n        description\n      }\n    }\n  }\n':
    types.MatrixUpdateCrisisDocument,
  '\n  mutation MatrixEndCrisis($c: ID!) {\n    endCrisis(input: { id: $c, endsOn: "2024-06-20" }) {\n      crisis {\n        endsOn\n      }\n    }\n  }\n':
    types.MatrixEndCrisisDocument,
  '\n  mutation MatrixConfirmCrisis($c: ID!) {\n    confirmCrisis(input: { id: $c }) {\n      crisis {\n        status\n      }\n    }\n  }\n':
    types.MatrixConfirmCrisisDocument,
  '\n  mutation MatrixRejectCrisis($c: ID!) {\n    rejectCrisis(input: { id: $c, reason: "Kein eigenes Ereignis" }) {\n      crisis {\n        status\n      }\n    }\n  }\n':
    types.MatrixRejectCrisisDocument,
  '\n  mutation MatrixMergeCrisis($c: ID!, $into: ID!) {\n    mergeCrisis(input: { id: $c, intoId: $into }) {\n      crisis {\n        status\n      }\n    }\n  }\n':
    types.MatrixMergeCrisisDocument,
  '\n  mutation MatrixFollowHazard {\n    followHazard(input: { hazard: HEAT, level: WATCHING }) {\n      level\n    }\n  }\n':
    types.MatrixFollowHazardDocument,
  '\n  mutation MatrixUnfollowHazard {\n    unfollowHazard(input: { hazard: HEAT }) {\n      level\n    }\n  }\n':
    types.MatrixUnfollowHazardDocument,
  '\n  mutation MatrixRegisterVolunteerGroup($input: RegisterVolunteerGroupInput!) {\n    registerVolunteerGroup(input: $input) {\n      volunteerGroup {\n        id\n      }\n    }\n  }\n':
    types.MatrixRegisterVolunteerGroupDocument,
  '\n  mutation MatrixConfirmVolunteerGroup($g: ID!) {\n    confirmVolunteerGroup(input: { id: $g }) {\n      volunteerGroup {\n        status\n      }\n    }\n  }\n':
    types.MatrixConfirmVolunteerGroupDocument,
  '\n  mutation MatrixRejectVolunteerGroup($g: ID!) {\n    rejectVolunteerGroup(input: { id: $g, reason: "Unbekannt" }) {\n      volunteerGroup {\n        status\n      }\n    }\n  }\n':
    types.MatrixRejectVolunteerGroupDocument,
  '\n  mutation MatrixUpdateVolunteerGroup($g: ID!) {\n    updateVolunteerGroup(input: { id: $g, description: "Neu beschrieben" }) {\n      volunteerGroup {\n        description\n      }\n    }\n  }\n':
    types.MatrixUpdateVolunteerGroupDocument,
  '\n  query FaultsThreadPage($id: ID!) {\n    thread(id: $id) {\n      title\n      comments(first: 10) {\n        nodes {\n          id\n          body\n        }\n      }\n    }\n  }\n':
    types.FaultsThreadPageDocument,
  '\n  query FaultsMunicipalities {\n    municipalities(first: 5) {\n      nodes {\n        name\n      }\n    }\n  }\n':
    types.FaultsMunicipalitiesDocument,
  '\n  query FaultsViewer {\n    viewer {\n      id\n    }\n  }\n': types.FaultsViewerDocument,
  '\n  query FaultsSearch($q: String!) {\n    search(query: $q, first: 5) {\n      nodes {\n        rank\n      }\n    }\n  }\n':
    types.FaultsSearchDocument,
  '\n  mutation FaultsAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n':
    types.FaultsAddCommentDocument,
  '\n  mutation IdempotencyAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n      }\n    }\n  }\n':
    types.IdempotencyAddCommentDocument,
  '\n  mutation IdempotencyCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n':
    types.IdempotencyCreateThreadDocument,
  '\n  mutation IdempotencyCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n        }\n      }\n    }\n  }\n':
    types.IdempotencyCreateExperienceDocument,
  '\n  subscription AcrossCommentAdded($threadId: ID!, $after: String) {\n    commentAdded(threadId: $threadId, after: $after) {\n      eventId\n      resync\n      comment {\n        body\n      }\n    }\n  }\n':
    types.AcrossCommentAddedDocument,
  '\n  subscription AcrossNotificationAdded {\n    notificationAdded {\n      unreadCount\n      notification {\n        kind\n      }\n    }\n  }\n':
    types.AcrossNotificationAddedDocument,
  '\n  query MetricsMunicipalities {\n    municipalities(first: 1) {\n      nodes {\n        name\n      }\n    }\n  }\n':
    types.MetricsMunicipalitiesDocument,
  '\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Municipality {\n        name\n      }\n      ... on VolunteerGroup {\n        name\n      }\n      ... on Crisis {\n        name\n      }\n      ... on SeminarSeries {\n        title\n      }\n      ... on SeminarSession {\n        title\n      }\n      ... on User {\n        displayName\n        email\n      }\n      ... on Thread {\n        title\n      }\n      ... on Comment {\n        body\n      }\n      ... on Experience {\n        title\n        status\n      }\n    }\n  }\n':
    types.NodeByIdDocument,
  '\n  query NodeEveryType(\n    $municipality: ID!\n    $volunteerGroup: ID!\n    $crisis: ID!\n    $seminarSeries: ID!\n    $seminarSession: ID!\n    $user: ID!\n    $thread: ID!\n    $comment: ID!\n    $experience: ID!\n    $missing: ID!\n  ) {\n    municipality: node(id: $municipality) {\n      __typename\n      id\n    }\n    volunteerGroup: node(id: $volunteerGroup) {\n      __typename\n      id\n    }\n    crisis: node(id: $crisis) {\n      __typename\n      id\n    }\n    seminarSeries: node(id: $seminarSeries) {\n      __typename\n      id\n    }\n    seminarSession: node(id: $seminarSession) {\n      __typename\n      id\n    }\n    user: node(id: $user) {\n      __typename\n      id\n    }\n    thread: node(id: $thread) {\n      __typename\n      id\n    }\n    comment: node(id: $comment) {\n      __typename\n      id\n    }\n    experience: node(id: $experience) {\n      __typename\n      id\n    }\n    missing: node(id: $missing) {\n      __typename\n      id\n    }\n  }\n':
    types.NodeEveryTypeDocument,
  '\n  query NodeUserEmail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        displayName\n        email\n      }\n    }\n  }\n':
    types.NodeUserEmailDocument,
  '\n  query NodeViewerEmail {\n    viewer {\n      id\n      email\n    }\n  }\n': types.NodeViewerEmailDocument,
  '\n  query NodeThreadAuthors($t: ID!) {\n    node(id: $t) {\n      __typename\n      ... on Thread {\n        author {\n          id\n          email\n        }\n        comments {\n          nodes {\n            author {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.NodeThreadAuthorsDocument,
  '\n  query ProductionModeIntrospection {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n':
    types.ProductionModeIntrospectionDocument,
  '\n  query QueryCostThreadPage {\n    threads(first: 1) {\n      nodes {\n        comments(first: 100) {\n          nodes {\n            body\n            author {\n              displayName\n            }\n            replies(first: 10) {\n              nodes {\n                body\n                author {\n                  displayName\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.QueryCostThreadPageDocument,
  '\n  query QueryCostMillion {\n    experiences(first: 100) {\n      nodes {\n        thread {\n          comments(first: 100) {\n            nodes {\n              replies(first: 100) {\n                nodes {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.QueryCostMillionDocument,
  '\n  query QueryCostWithoutFirst {\n    experiences {\n      nodes {\n        thread {\n          comments {\n            nodes {\n              replies {\n                nodes {\n                  replies {\n                    nodes {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.QueryCostWithoutFirstDocument,
  '\n  query QueryCostPageSize($n: Int, $deep: Boolean!) {\n    experiences(first: $n) {\n      nodes {\n        thread {\n          comments(first: $n) {\n            nodes {\n              id\n              replies(first: $n) @include(if: $deep) {\n                nodes {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.QueryCostPageSizeDocument,
  '\n  mutation StoryAnnounce($series: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $series) {\n      series {\n        id\n      }\n    }\n  }\n':
    types.StoryAnnounceDocument,
  '\n  mutation StorySession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n        followUpThreads(first: 5) {\n          nodes {\n            id\n            title\n            body\n            viewerFollowLevel\n          }\n        }\n      }\n    }\n  }\n':
    types.StorySessionDocument,
  '\n  mutation StorySpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n    }\n  }\n':
    types.StorySpeakerDocument,
  '\n  mutation StoryMove($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        startsAt\n      }\n    }\n  }\n':
    types.StoryMoveDocument,
  '\n  mutation StoryRegister($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n    }\n  }\n':
    types.StoryRegisterDocument,
  '\n  mutation StoryCancel($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        status\n      }\n    }\n  }\n':
    types.StoryCancelDocument,
  '\n  mutation StoryAttend($input: MarkSeminarAttendanceInput!) {\n    markSeminarAttendance(input: $input) {\n      session {\n        attendanceCount\n      }\n    }\n  }\n':
    types.StoryAttendDocument,
  '\n  mutation StoryRecord($input: RecordSeminarSessionInput!) {\n    recordSeminarSession(input: $input) {\n      session {\n        minutesHtml\n        recordingUrl\n      }\n    }\n  }\n':
    types.StoryRecordDocument,
  '\n  mutation StoryAsk($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        addressedTo {\n          name\n        }\n      }\n    }\n  }\n':
    types.StoryAskDocument,
  '\n  mutation StoryAccept($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      question {\n        acceptedAnswer {\n          body\n        }\n      }\n      answer {\n        isAcceptedAnswer\n      }\n    }\n  }\n':
    types.StoryAcceptDocument,
  '\n  mutation StoryConclude($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        closedAt\n        conclusionHtml\n      }\n    }\n  }\n':
    types.StoryConcludeDocument,
  '\n  mutation StoryReopen($input: ReopenThreadInput!) {\n    reopenThread(input: $input) {\n      thread {\n        closedAt\n        conclusion\n      }\n    }\n  }\n':
    types.StoryReopenDocument,
  '\n  query StoryThread($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        closedAt\n        openQuestions {\n          body\n          addressedTo {\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.StoryThreadDocument,
  '\n  query StoryInbox {\n    viewer {\n      notifications(first: 10) {\n        nodes {\n          kind\n          actor {\n            displayName\n          }\n          comment {\n            body\n          }\n        }\n      }\n    }\n  }\n':
    types.StoryInboxDocument,
  '\n  mutation StoryDraftLesson($input: DraftLessonFromThreadInput!) {\n    draftLessonFromThread(input: $input) {\n      experience {\n        id\n        title\n        status\n        situation\n        actions\n        outcome\n        seminarSession {\n          title\n        }\n        sourceThread {\n          title\n        }\n      }\n    }\n  }\n':
    types.StoryDraftLessonDocument,
  '\n  mutation StoryComplete($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        summary\n      }\n    }\n  }\n':
    types.StoryCompleteDocument,
  '\n  mutation StoryPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        status\n      }\n    }\n  }\n':
    types.StoryPublishDocument,
  '\n  query StoryRecordPage($id: ID!) {\n    seminarSession(id: $id) {\n      attendanceCount\n      minutesHtml\n      recordingUrl\n      lessons {\n        title\n        author {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.StoryRecordPageDocument,
  '\n  query StoryFind($text: String!) {\n    search(query: $text, first: 5) {\n      nodes {\n        node {\n          __typename\n          ... on Experience {\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.StoryFindDocument,
  '\n  mutation StoryLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.StoryLoginDocument,
  '\n  query StorySeedSession {\n    seminarSessions(first: 20, when: PAST) {\n      nodes {\n        id\n        title\n        speakers {\n          id\n          name\n          confirmation\n        }\n        followUpThreads(first: 5) {\n          nodes {\n            id\n            title\n            body\n          }\n        }\n      }\n    }\n    municipalities(first: 5, nameContains: "Plochingen") {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n':
    types.StorySeedSessionDocument,
  '\n  mutation StoryLinkSpeaker($input: UpdateSeminarSpeakerInput!) {\n    updateSeminarSpeaker(input: $input) {\n      speaker {\n        name\n        confirmation\n      }\n    }\n  }\n':
    types.StoryLinkSpeakerDocument,
  '\n  subscription LiveCommentAdded($threadId: ID!, $after: String) {\n    commentAdded(threadId: $threadId, after: $after) {\n      eventId\n      resync\n      comment {\n        body\n        author {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.LiveCommentAddedDocument,
  '\n  subscription LiveThreadUpdated($threadId: ID!) {\n    threadUpdated(threadId: $threadId) {\n      change\n      thread {\n        closedAt\n        conclusion\n      }\n    }\n  }\n':
    types.LiveThreadUpdatedDocument,
  '\n  subscription LiveNotificationAdded {\n    notificationAdded {\n      eventId\n      unreadCount\n      notification {\n        kind\n        comment {\n          body\n        }\n      }\n    }\n  }\n':
    types.LiveNotificationAddedDocument,
  '\n  mutation LiveClose($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        closedAt\n      }\n    }\n  }\n':
    types.LiveCloseDocument,
  '\n  query CrisesList($first: Int, $after: String, $hazard: Hazard, $municipalityId: ID) {\n    crises(first: $first, after: $after, hazard: $hazard, municipalityId: $municipalityId) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        name\n        hazard\n        startsOn\n        endsOn\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n':
    types.CrisesListDocument,
  '\n  query CrisesOne($id: ID!) {\n    crisis(id: $id) {\n      id\n      name\n      hazard\n      description\n      startsOn\n      endsOn\n      affectedMunicipalities {\n        id\n        name\n        kind\n        parent {\n          name\n        }\n      }\n    }\n  }\n':
    types.CrisesOneDocument,
  '\n  query CrisesPageWithPlaces($first: Int) {\n    crises(first: $first) {\n      nodes {\n        name\n        affectedMunicipalities {\n          name\n          parent {\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.CrisesPageWithPlacesDocument,
  '\n  query CrisesNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Crisis {\n        name\n        startsOn\n      }\n    }\n  }\n':
    types.CrisesNodeDocument,
  '\n  mutation ProposalsPropose($input: ProposeCrisisInput!) {\n    proposeCrisis(input: $input) {\n      crisis {\n        id\n        name\n        hazards\n        hazard\n        status\n        startsOn\n        endsOn\n        viewerFollowLevel\n        proposedBy {\n          displayName\n        }\n        affectedMunicipalities {\n          name\n        }\n      }\n    }\n  }\n':
    types.ProposalsProposeDocument,
  '\n  mutation ProposalsUpdate($input: UpdateCrisisInput!) {\n    updateCrisis(input: $input) {\n      crisis {\n        name\n        hazards\n        description\n      }\n    }\n  }\n':
    types.ProposalsUpdateDocument,
  '\n  mutation ProposalsConfirm($id: ID!) {\n    confirmCrisis(input: { id: $id }) {\n      crisis {\n        status\n      }\n    }\n  }\n':
    types.ProposalsConfirmDocument,
  '\n  mutation ProposalsReject($id: ID!, $reason: String!) {\n    rejectCrisis(input: { id: $id, reason: $reason }) {\n      crisis {\n        status\n        decisionReason\n      }\n    }\n  }\n':
    types.ProposalsRejectDocument,
  '\n  mutation ProposalsMerge($id: ID!, $intoId: ID!) {\n    mergeCrisis(input: { id: $id, intoId: $intoId }) {\n      crisis {\n        status\n        mergedInto {\n          name\n        }\n      }\n    }\n  }\n':
    types.ProposalsMergeDocument,
  '\n  mutation ProposalsEnd($id: ID!, $endsOn: Date) {\n    endCrisis(input: { id: $id, endsOn: $endsOn }) {\n      crisis {\n        endsOn\n      }\n    }\n  }\n':
    types.ProposalsEndDocument,
  '\n  query ProposalsOne($id: ID!) {\n    crisis(id: $id) {\n      name\n      status\n      decisionReason\n      viewerFollowLevel\n      affectedMunicipalities {\n        name\n      }\n      mergedInto {\n        name\n      }\n    }\n  }\n':
    types.ProposalsOneDocument,
  '\n  query ProposalsList($status: CrisisStatus, $hazard: Hazard) {\n    crises(first: 100, status: $status, hazard: $hazard) {\n      nodes {\n        name\n        status\n      }\n    }\n  }\n':
    types.ProposalsListDocument,
  '\n  mutation ProposalsLink($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        crisis {\n          name\n        }\n      }\n    }\n  }\n':
    types.ProposalsLinkDocument,
  '\n  query ProposalsLesson($id: ID!) {\n    experience(id: $id) {\n      crisis {\n        name\n      }\n    }\n  }\n':
    types.ProposalsLessonDocument,
  '\n  mutation ProposalsFollow($targetId: ID!) {\n    follow(input: { targetId: $targetId, level: WATCHING }) {\n      level\n    }\n  }\n':
    types.ProposalsFollowDocument,
  '\n  mutation DiscussionsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n        kind\n        title\n        bodyHtml\n        commentCount\n        author {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.DiscussionsCreateThreadDocument,
  '\n  mutation DiscussionsAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n        bodyHtml\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.DiscussionsAddCommentDocument,
  '\n  mutation DiscussionsEditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        id\n        body\n        editedAt\n      }\n    }\n  }\n':
    types.DiscussionsEditCommentDocument,
  '\n  mutation DiscussionsDeleteComment($id: ID!) {\n    deleteComment(input: { commentId: $id }) {\n      comment {\n        id\n        body\n        bodyHtml\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.DiscussionsDeleteCommentDocument,
  '\n  mutation DiscussionsReact($id: ID!, $kind: ReactionKind!) {\n    addReaction(input: { targetId: $id, kind: $kind }) {\n      active\n      kind\n      target {\n        __typename\n        ... on Comment {\n          helpfulCount\n          thanksCount\n          viewerReactions\n        }\n        ... on Experience {\n          helpfulCount\n          viewerReactions\n        }\n      }\n    }\n  }\n':
    types.DiscussionsReactDocument,
  '\n  mutation DiscussionsUnreact($id: ID!, $kind: ReactionKind!) {\n    removeReaction(input: { targetId: $id, kind: $kind }) {\n      active\n      target {\n        ... on Comment {\n          helpfulCount\n          viewerReactions\n        }\n      }\n    }\n  }\n':
    types.DiscussionsUnreactDocument,
  '\n  query DiscussionsThreadPage($id: ID!, $first: Int, $replies: Int) {\n    thread(id: $id) {\n      title\n      commentCount\n      comments(first: $first) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            bodyHtml\n            deleted\n            createdAt\n            editedAt\n            helpfulCount\n            thanksCount\n            replyCount\n            viewerReactions\n            author {\n              displayName\n            }\n            replies(first: $replies) {\n              nodes {\n                id\n                body\n                createdAt\n                viewerReactions\n                helpfulCount\n                author {\n                  displayName\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.DiscussionsThreadPageDocument,
  '\n  query DiscussionsCommentBodies($id: ID!, $after: String) {\n    thread(id: $id) {\n      comments(first: 50, after: $after) {\n        nodes {\n          body\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.DiscussionsCommentBodiesDocument,
  '\n  query DiscussionsCommentCount($id: ID!) {\n    thread(id: $id) {\n      commentCount\n    }\n  }\n':
    types.DiscussionsCommentCountDocument,
  '\n  mutation DiscussionsCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n          experience {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.DiscussionsCreateExperienceDocument,
  '\n  mutation DiscussionsPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n':
    types.DiscussionsPublishDocument,
  '\n  query DiscussionsThreads {\n    threads(first: 100) {\n      nodes {\n        id\n        kind\n      }\n    }\n  }\n':
    types.DiscussionsThreadsDocument,
  '\n  fragment DiscussionsAccount on User {\n    id\n    email\n    emailVerified\n    bannedUntil\n    banReason\n    createdAt\n  }\n':
    types.DiscussionsAccountFragmentDoc,
  '\n  query DiscussionsViewer {\n    viewer {\n      ...DiscussionsAccount\n    }\n  }\n': types.DiscussionsViewerDocument,
  '\n  query DiscussionsCommentAuthors($id: ID!) {\n    thread(id: $id) {\n      comments(first: 100) {\n        nodes {\n          id\n          author {\n            ...DiscussionsAccount\n          }\n        }\n      }\n    }\n  }\n':
    types.DiscussionsCommentAuthorsDocument,
  '\n  mutation DiscussionsAddCommentWithThread($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        thread {\n          id\n          commentCount\n        }\n      }\n    }\n  }\n':
    types.DiscussionsAddCommentWithThreadDocument,
  '\n  fragment DiscussionsCommentFields on Comment {\n    id\n    body\n    bodyHtml\n    deleted\n    createdAt\n    editedAt\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    moderation {\n      hidden\n    }\n    moderationHistory {\n      action\n    }\n    author {\n      id\n      displayName\n      createdAt\n      email\n      emailVerified\n      bannedUntil\n      banReason\n    }\n    thread {\n      id\n      title\n    }\n  }\n':
    types.DiscussionsCommentFieldsFragmentDoc,
  '\n  query DiscussionsCommentsInFull($id: ID!) {\n    thread(id: $id) {\n      comments(first: 30) {\n        nodes {\n          ...DiscussionsCommentFields\n          replies(first: 10) {\n            nodes {\n              ...DiscussionsCommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.DiscussionsCommentsInFullDocument,
  '\n  query DiscussionsOneComment($id: ID!) {\n    node(id: $id) {\n      ... on Comment {\n        ...DiscussionsCommentFields\n      }\n    }\n  }\n':
    types.DiscussionsOneCommentDocument,
  '\n  mutation FollowUpSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n':
    types.FollowUpSeriesDocument,
  '\n  mutation FollowUpSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n        followUpThreads(first: 1) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.FollowUpSessionDocument,
  '\n  mutation FollowUpSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n    }\n  }\n':
    types.FollowUpSpeakerDocument,
  '\n  mutation FollowUpMute($input: FollowInput!) {\n    follow(input: $input) {\n      level\n    }\n  }\n': types.FollowUpMuteDocument,
  '\n  mutation FollowUpComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n':
    types.FollowUpCommentDocument,
  '\n  mutation FollowUpAccept($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      question {\n        acceptedAnswer {\n          body\n        }\n      }\n    }\n  }\n':
    types.FollowUpAcceptDocument,
  '\n  mutation FollowUpClose($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        closedAt\n      }\n    }\n  }\n':
    types.FollowUpCloseDocument,
  '\n  mutation FollowUpRecord($input: RecordSeminarSessionInput!) {\n    recordSeminarSession(input: $input) {\n      session {\n        recordingUrl\n      }\n    }\n  }\n':
    types.FollowUpRecordDocument,
  '\n  mutation FollowUpDraftLesson($input: DraftLessonFromThreadInput!) {\n    draftLessonFromThread(input: $input) {\n      experience {\n        id\n      }\n    }\n  }\n':
    types.FollowUpDraftLessonDocument,
  '\n  query FollowUpInbox {\n    viewer {\n      notifications(first: 5) {\n        nodes {\n          kind\n        }\n      }\n    }\n  }\n':
    types.FollowUpInboxDocument,
  '\n  query FollowUpViewerCan($thread: ID!, $question: ID!) {\n    thread(id: $thread) {\n      viewerCanClose\n    }\n    node(id: $question) {\n      ... on Comment {\n        viewerCanAccept\n      }\n    }\n  }\n':
    types.FollowUpViewerCanDocument,
  '\n  mutation MentionsComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n':
    types.MentionsCommentDocument,
  '\n  mutation MentionsMute($targetId: ID!) {\n    follow(input: { targetId: $targetId, level: MUTED }) {\n      level\n    }\n  }\n':
    types.MentionsMuteDocument,
  '\n  query MentionsParticipants($id: ID!) {\n    thread(id: $id) {\n      participants {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.MentionsParticipantsDocument,
  '\n  query MentionsNotifications {\n    viewer {\n      notifications(first: 20) {\n        nodes {\n          kind\n          actor {\n            displayName\n          }\n          comment {\n            body\n          }\n        }\n      }\n    }\n  }\n':
    types.MentionsNotificationsDocument,
  '\n  mutation NewAccountLimitsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n        kind\n      }\n    }\n  }\n':
    types.NewAccountLimitsCreateThreadDocument,
  '\n  mutation NewAccountLimitsAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n      }\n    }\n  }\n':
    types.NewAccountLimitsAddCommentDocument,
  '\n  mutation NewAccountLimitsEditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        id\n        body\n      }\n    }\n  }\n':
    types.NewAccountLimitsEditCommentDocument,
  '\n  mutation NewAccountLimitsDeleteComment($id: ID!) {\n    deleteComment(input: { commentId: $id }) {\n      comment {\n        id\n        deleted\n      }\n    }\n  }\n':
    types.NewAccountLimitsDeleteCommentDocument,
  '\n  query ExperienceHtml($id: ID!) {\n    experience(id: $id) {\n      situationHtml\n      actionsHtml\n      outcomeHtml\n      rootCauseHtml\n      transferabilityHtml\n    }\n  }\n':
    types.ExperienceHtmlDocument,
  '\n  mutation ExperiencesCreate($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        status\n        thread {\n          id\n        }\n      }\n    }\n  }\n':
    types.ExperiencesCreateDocument,
  '\n  mutation ExperiencesPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n        status\n        publishedAt\n      }\n    }\n  }\n':
    types.ExperiencesPublishDocument,
  '\n  mutation ExperiencesUpdate($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        id\n        title\n        summary\n        recommendations {\n          text\n          addressee\n          status\n        }\n        crisis {\n          name\n        }\n        seminarSession {\n          title\n        }\n      }\n    }\n  }\n':
    types.ExperiencesUpdateDocument,
  '\n  query ExperiencesOne($id: ID!) {\n    experience(id: $id) {\n      id\n      title\n      status\n    }\n  }\n':
    types.ExperiencesOneDocument,
  '\n  query ExperiencesNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n': types.ExperiencesNodeDocument,
  '\n  query ExperiencesThread($id: ID!) {\n    thread(id: $id) {\n      id\n    }\n  }\n': types.ExperiencesThreadDocument,
  '\n  query ExperiencesIds($first: Int, $after: String, $filter: ExperienceFilter, $orderBy: ExperienceOrder) {\n    experiences(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ExperiencesIdsDocument,
  '\n  query ExperiencesMostHelpful {\n    experiences(first: 1, orderBy: MOST_HELPFUL) {\n      nodes {\n        id\n        helpfulCount\n      }\n    }\n  }\n':
    types.ExperiencesMostHelpfulDocument,
  '\n  query ExperiencesSearch($query: String!) {\n    search(query: $query) {\n      nodes {\n        node {\n          ... on Experience {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.ExperiencesSearchDocument,
  '\n  mutation ExperiencesReact($id: ID!, $kind: ReactionKind!) {\n    addReaction(input: { targetId: $id, kind: $kind }) {\n      active\n    }\n  }\n':
    types.ExperiencesReactDocument,
  '\n  fragment ExperiencesFeedFields on Experience {\n    id\n    title\n    summary\n    publishedAt\n    helpfulCount\n    thanksCount\n    commentCount\n    viewerReactions\n    author {\n      displayName\n    }\n    municipality {\n      name\n      state\n    }\n    volunteerGroup {\n      name\n    }\n    crisis {\n      name\n    }\n  }\n':
    types.ExperiencesFeedFieldsFragmentDoc,
  '\n  query ExperiencesFeed($first: Int) {\n    experiences(first: $first) {\n      edges {\n        cursor\n        node {\n          ...ExperiencesFeedFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ExperiencesFeedDocument,
  '\n  fragment ExperiencesFields on Experience {\n    id\n    title\n    summary\n    situation\n    actions\n    outcome\n    rootCause\n    transferability\n    hazards\n    phase\n    fieldsOfAction\n    actors\n    status\n    visibility\n    publishedAt\n    createdAt\n    updatedAt\n    helpfulCount\n    thanksCount\n    commentCount\n    viewerReactions\n    moderation {\n      hidden\n    }\n    recommendations {\n      text\n      addressee\n      status\n    }\n    moderationHistory {\n      action\n    }\n    author {\n      id\n      displayName\n      createdAt\n      email\n      emailVerified\n      bannedUntil\n      banReason\n    }\n    municipality {\n      id\n      name\n      kind\n      officialKey\n      state\n      population\n      parent {\n        id\n        name\n      }\n    }\n    volunteerGroup {\n      id\n      name\n      kind\n      description\n      website\n      homeMunicipality {\n        id\n      }\n    }\n    crisis {\n      id\n      name\n      hazard\n      description\n      startsOn\n      endsOn\n    }\n    seminarSession {\n      id\n    }\n    thread {\n      id\n      commentCount\n    }\n  }\n':
    types.ExperiencesFieldsFragmentDoc,
  '\n  query ExperiencesOneInFull($id: ID!) {\n    experience(id: $id) {\n      ...ExperiencesFields\n    }\n  }\n':
    types.ExperiencesOneInFullDocument,
  '\n  query ExperiencesListInFull {\n    experiences(first: 100) {\n      nodes {\n        ...ExperiencesFields\n      }\n    }\n  }\n':
    types.ExperiencesListInFullDocument,
  '\n  mutation LessonFollowsFollow($targetId: ID!, $level: FollowLevel!) {\n    follow(input: { targetId: $targetId, level: $level }) {\n      level\n      target {\n        __typename\n      }\n    }\n  }\n':
    types.LessonFollowsFollowDocument,
  '\n  mutation LessonFollowsFollowHazard($hazard: Hazard!) {\n    followHazard(input: { hazard: $hazard, level: WATCHING }) {\n      hazard\n      level\n    }\n  }\n':
    types.LessonFollowsFollowHazardDocument,
  '\n  mutation LessonFollowsUnfollowHazard($hazard: Hazard!) {\n    unfollowHazard(input: { hazard: $hazard }) {\n      level\n    }\n  }\n':
    types.LessonFollowsUnfollowHazardDocument,
  '\n  query LessonFollowsNotifications {\n    viewer {\n      followedHazards {\n        hazard\n        level\n      }\n      notifications(first: 20) {\n        nodes {\n          kind\n          actor {\n            displayName\n          }\n          experience {\n            title\n          }\n          thread {\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.LessonFollowsNotificationsDocument,
  '\n  query LessonFollowsLevels($experienceId: ID!, $municipalityId: ID!) {\n    experience(id: $experienceId) {\n      viewerFollowLevel\n    }\n    municipality(id: $municipalityId) {\n      viewerFollowLevel\n    }\n  }\n':
    types.LessonFollowsLevelsDocument,
  '\n        mutation LessonFollowsPublish($id: ID!) {\n          publishExperience(input: { id: $id }) {\n            experience {\n              status\n            }\n          }\n        }\n      ':
    types.LessonFollowsPublishDocument,
  '\n      query LessonFollowsGroupLevel($id: ID!) {\n        volunteerGroup(id: $id) {\n          viewerFollowLevel\n        }\n      }\n    ':
    types.LessonFollowsGroupLevelDocument,
  '\n  mutation AccountRecoveryRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        emailVerified\n      }\n    }\n  }\n':
    types.AccountRecoveryRegisterDocument,
  '\n  mutation AccountRecoveryLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n':
    types.AccountRecoveryLoginDocument,
  '\n  query AccountRecoveryViewer {\n    viewer {\n      id\n      email\n      emailVerified\n    }\n  }\n':
    types.AccountRecoveryViewerDocument,
  '\n  mutation AccountRecoveryRequestVerification {\n    requestEmailVerification {\n      sentTo\n      expiresAt\n    }\n  }\n':
    types.AccountRecoveryRequestVerificationDocument,
  '\n  mutation AccountRecoveryVerify($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n      verifiedAt\n    }\n  }\n':
    types.AccountRecoveryVerifyDocument,
  '\n  mutation AccountRecoveryRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      email\n    }\n  }\n':
    types.AccountRecoveryRequestResetDocument,
  '\n  mutation AccountRecoveryReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n      signedOutSessions\n    }\n  }\n':
    types.AccountRecoveryResetDocument,
  '\n  mutation AccountRecoveryRequestMembership($m: ID!) {\n    requestMembership(input: { municipalityId: $m, role: STAFF, position: "Bauamt" }) {\n      membership {\n        id\n        status\n      }\n    }\n  }\n':
    types.AccountRecoveryRequestMembershipDocument,
  '\n  query AccountRecoveryUserNode($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        email\n        emailVerified\n      }\n    }\n  }\n':
    types.AccountRecoveryUserNodeDocument,
  '\n  mutation IdentityRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.IdentityRegisterDocument,
  '\n  mutation IdentityLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n      }\n    }\n  }\n':
    types.IdentityLoginDocument,
  '\n  query IdentityViewer {\n    viewer {\n      id\n      email\n    }\n  }\n': types.IdentityViewerDocument,
  '\n  query IdentityPlatformRoles($id: ID!) {\n    viewer {\n      platformRoles\n    }\n    node(id: $id) {\n      ... on User {\n        displayName\n        platformRoles\n      }\n    }\n  }\n':
    types.IdentityPlatformRolesDocument,
  '\n  mutation LoginThrottlingLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n      }\n    }\n  }\n':
    types.LoginThrottlingLoginDocument,
  '\n  mutation SessionsLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n      }\n    }\n  }\n':
    types.SessionsLoginDocument,
  '\n  mutation SessionsRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n':
    types.SessionsRefreshDocument,
  '\n  query SessionsList {\n    viewer {\n      id\n      sessions {\n        id\n        createdAt\n        lastUsedAt\n        userAgent\n        current\n      }\n    }\n  }\n':
    types.SessionsListDocument,
  '\n  mutation SessionsRevoke($id: ID!) {\n    revokeSession(input: { sessionId: $id }) {\n      sessionId\n    }\n  }\n':
    types.SessionsRevokeDocument,
  '\n  mutation SessionsSignOut {\n    signOut {\n      sessionId\n    }\n  }\n': types.SessionsSignOutDocument,
  '\n  mutation SessionsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n      user {\n        id\n      }\n    }\n  }\n':
    types.SessionsChangePasswordDocument,
  '\n  query SessionsViewer {\n    viewer {\n      id\n    }\n  }\n': types.SessionsViewerDocument,
  '\n  mutation MembershipsRequest($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      membership {\n        id\n        role\n        status\n        position\n      }\n    }\n  }\n':
    types.MembershipsRequestDocument,
  '\n  mutation MembershipsDecide($input: DecideMembershipInput!) {\n    decideMembership(input: $input) {\n      membership {\n        id\n        status\n        decisionReason\n        decidedAt\n      }\n    }\n  }\n':
    types.MembershipsDecideDocument,
  '\n  mutation MembershipsRevoke($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input) {\n      membership {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n':
    types.MembershipsRevokeDocument,
  '\n  query MembershipsMine {\n    viewer {\n      memberships {\n        id\n        role\n        status\n        decisionReason\n        municipality {\n          name\n        }\n        volunteerGroup {\n          name\n        }\n      }\n    }\n  }\n':
    types.MembershipsMineDocument,
  '\n  query MembershipsRequests {\n    membershipRequests {\n      id\n      user {\n        displayName\n      }\n    }\n  }\n':
    types.MembershipsRequestsDocument,
  '\n  mutation MembershipsPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        status\n      }\n    }\n  }\n':
    types.MembershipsPublishDocument,
  '\n  query MembershipsOfUser($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        memberships {\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.MembershipsOfUserDocument,
  '\n  query VisibilityExperience($id: ID!) {\n    experience(id: $id) {\n      id\n    }\n  }\n': types.VisibilityExperienceDocument,
  '\n  query VisibilityFeed {\n    experiences(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n':
    types.VisibilityFeedDocument,
  '\n  query VisibilityNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n': types.VisibilityNodeDocument,
  '\n  query VisibilityThreads {\n    threads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n':
    types.VisibilityThreadsDocument,
  '\n  query VisibilityThread($id: ID!) {\n    thread(id: $id) {\n      id\n      comments {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n':
    types.VisibilityThreadDocument,
  '\n  query VisibilitySearch($q: String!) {\n    search(query: $q) {\n      nodes {\n        node {\n          ... on Experience {\n            id\n          }\n          ... on Thread {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.VisibilitySearchDocument,
  '\n  mutation VisibilityReply($t: ID!) {\n    addComment(input: { threadId: $t, body: "Antwort" }) {\n      comment {\n        id\n      }\n    }\n  }\n':
    types.VisibilityReplyDocument,
  '\n  mutation VisibilityThank($c: ID!) {\n    addReaction(input: { targetId: $c, kind: THANKS }) {\n      active\n    }\n  }\n':
    types.VisibilityThankDocument,
  '\n  mutation VisibilityCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n':
    types.VisibilityCreateThreadDocument,
  '\n  mutation ModerationCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n':
    types.ModerationCreateThreadDocument,
  '\n  mutation ModerationAddComment($t: ID!, $body: String!) {\n    addComment(input: { threadId: $t, body: $body }) {\n      comment {\n        id\n      }\n    }\n  }\n':
    types.ModerationAddCommentDocument,
  '\n  mutation ModerationFlag($id: ID!, $reason: FlagReason! = OFFENSIVE, $note: String) {\n    flagContent(input: { targetId: $id, reason: $reason, note: $note }) {\n      targetHidden\n      flag {\n        id\n        reason\n        note\n      }\n      target {\n        __typename\n      }\n    }\n  }\n':
    types.ModerationFlagDocument,
  '\n  mutation ModerationHide($id: ID!, $reason: String!) {\n    hideContent(input: { targetId: $id, reason: $reason }) {\n      target {\n        __typename\n      }\n      action {\n        action\n        reason\n        actor {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.ModerationHideDocument,
  '\n  mutation ModerationRestore($id: ID!, $reason: String!) {\n    restoreContent(input: { targetId: $id, reason: $reason }) {\n      action {\n        action\n      }\n    }\n  }\n':
    types.ModerationRestoreDocument,
  '\n  mutation ModerationDismiss($id: ID!, $reason: String!) {\n    dismissFlags(input: { targetId: $id, reason: $reason }) {\n      action {\n        action\n      }\n    }\n  }\n':
    types.ModerationDismissDocument,
  '\n  query ModerationComment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Comment {\n        body\n        bodyHtml\n        moderation {\n          hidden\n          reason\n          automatic\n        }\n        moderationHistory {\n          action\n          reason\n        }\n      }\n    }\n  }\n':
    types.ModerationCommentDocument,
  '\n  query ModerationThread($id: ID!) {\n    thread(id: $id) {\n      title\n      body\n      bodyHtml\n      locked\n      lockReason\n      kind\n      seminarSession {\n        id\n      }\n      moderation {\n        hidden\n        reason\n      }\n      moderationHistory {\n        action\n        reason\n      }\n    }\n  }\n':
    types.ModerationThreadDocument,
  '\n  query ModerationQueue {\n    moderationQueue(first: 50) {\n      nodes {\n        flagCount\n        firstFlaggedAt\n        reasons {\n          reason\n          count\n        }\n        flags {\n          reason\n          note\n          reporter {\n            displayName\n          }\n        }\n        target {\n          __typename\n          ... on Comment {\n            id\n            body\n          }\n          ... on Thread {\n            id\n            title\n          }\n          ... on Experience {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.ModerationQueueDocument,
  '\n  query ModerationQueueInContext {\n    moderationQueue(first: 50) {\n      nodes {\n        target {\n          ... on Comment {\n            id\n            body\n            thread {\n              title\n              visibility\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ModerationQueueInContextDocument,
  '\n  query ModerationQueuePage($after: String) {\n    moderationQueue(first: 1, after: $after) {\n      nodes {\n        target {\n          ... on Comment {\n            id\n          }\n          ... on Thread {\n            id\n          }\n          ... on Experience {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ModerationQueuePageDocument,
  '\n  query ModerationQueueAfter($a: String) {\n    moderationQueue(after: $a) {\n      nodes {\n        flagCount\n      }\n    }\n  }\n':
    types.ModerationQueueAfterDocument,
  '\n  query ModerationLog($s: ID) {\n    moderationLog(first: 50, subjectId: $s) {\n      nodes {\n        action\n        reason\n        subjectId\n        until\n        flagCount\n        actor {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.ModerationLogDocument,
  '\n  query ModerationLogSubjects($first: Int!) {\n    moderationLog(first: $first) {\n      nodes {\n        action\n        actor {\n          displayName\n        }\n        subject {\n          __typename\n          ... on Comment {\n            id\n            body\n            author {\n              displayName\n            }\n            thread {\n              id\n              title\n              experience {\n                id\n                title\n              }\n            }\n          }\n          ... on Thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n          ... on Experience {\n            id\n            title\n          }\n          ... on User {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n':
    types.ModerationLogSubjectsDocument,
  '\n  query ModerationLogPage($after: String) {\n    moderationLog(first: 2, after: $after) {\n      nodes {\n        subjectId\n        action\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n':
    types.ModerationLogPageDocument,
  '\n  query ModerationLogAfter($a: String) {\n    moderationLog(after: $a) {\n      nodes {\n        action\n      }\n    }\n  }\n':
    types.ModerationLogAfterDocument,
  '\n  mutation ModerationBan($input: BanUserInput!) {\n    banUser(input: $input) {\n      user {\n        id\n        bannedUntil\n        banReason\n      }\n      action {\n        action\n        until\n      }\n    }\n  }\n':
    types.ModerationBanDocument,
  '\n  mutation ModerationUnban($u: ID!) {\n    unbanUser(input: { userId: $u, reason: "Einsicht gezeigt" }) {\n      user {\n        bannedUntil\n      }\n    }\n  }\n':
    types.ModerationUnbanDocument,
  '\n  mutation ModerationErase($u: ID!) {\n    erasePersonalData(input: { userId: $u, reason: "Antrag per E-Mail vom 30.11.2026" }) {\n      user {\n        displayName\n      }\n      action {\n        action\n      }\n    }\n  }\n':
    types.ModerationEraseDocument,
  '\n  mutation ModerationLock($t: ID!) {\n    lockThread(input: { threadId: $t, reason: "Diskussion entgleist" }) {\n      thread {\n        locked\n        lockReason\n      }\n    }\n  }\n':
    types.ModerationLockDocument,
  '\n  mutation ModerationUnlock($t: ID!) {\n    unlockThread(input: { threadId: $t, reason: "Wieder offen" }) {\n      thread {\n        locked\n      }\n    }\n  }\n':
    types.ModerationUnlockDocument,
  '\n  mutation ModerationMove($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      thread {\n        kind\n        seminarSession {\n          id\n        }\n      }\n      action {\n        action\n      }\n    }\n  }\n':
    types.ModerationMoveDocument,
  '\n  query ModerationThreads {\n    threads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n':
    types.ModerationThreadsDocument,
  '\n  query ModerationFeed {\n    experiences(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n':
    types.ModerationFeedDocument,
  '\n  query ModerationSearch($q: String!) {\n    search(query: $q) {\n      nodes {\n        node {\n          ... on Thread {\n            id\n          }\n          ... on Experience {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.ModerationSearchDocument,
  '\n  query ModerationHiddenExperience($id: ID!) {\n    experience(id: $id) {\n      title\n      summary\n      recommendations {\n        text\n      }\n      moderation {\n        reason\n      }\n    }\n  }\n':
    types.ModerationHiddenExperienceDocument,
  '\n  query ModerationExperienceTitle($id: ID!) {\n    experience(id: $id) {\n      title\n    }\n  }\n':
    types.ModerationExperienceTitleDocument,
  '\n  query ModerationDiscussionTitle($id: ID!) {\n    experience(id: $id) {\n      thread {\n        title\n        moderation {\n          reason\n        }\n      }\n    }\n  }\n':
    types.ModerationDiscussionTitleDocument,
  '\n  query ModerationFollowUps($id: ID!) {\n    seminarSession(id: $id) {\n      followUpThreads(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n':
    types.ModerationFollowUpsDocument,
  '\n  query ModerationViewerBan {\n    viewer {\n      bannedUntil\n      banReason\n    }\n  }\n': types.ModerationViewerBanDocument,
  '\n  query ModerationUserBan($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        bannedUntil\n      }\n    }\n  }\n':
    types.ModerationUserBanDocument,
  '\n  mutation ModerationDeleteComment($c: ID!) {\n    deleteComment(input: { commentId: $c }) {\n      comment {\n        deleted\n      }\n    }\n  }\n':
    types.ModerationDeleteCommentDocument,
  '\n  query ModerationViewerId {\n    viewer {\n      id\n    }\n  }\n': types.ModerationViewerIdDocument,
  '\n  mutation ModerationLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n':
    types.ModerationLoginDocument,
  '\n  query ModerationErasedComment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Comment {\n        body\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.ModerationErasedCommentDocument,
  '\n  query ModerationThreadAuthor($id: ID!) {\n    thread(id: $id) {\n      author {\n        displayName\n      }\n    }\n  }\n':
    types.ModerationThreadAuthorDocument,
  '\n  query MunicipalitiesList($first: Int, $after: String, $state: Bundesland, $kind: MunicipalityKind, $parentId: ID, $nameContains: String) {\n    municipalities(first: $first, after: $after, state: $state, kind: $kind, parentId: $parentId, nameContains: $nameContains) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      nodes {\n        id\n        name\n        kind\n        state\n        officialKey\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n':
    types.MunicipalitiesListDocument,
  '\n  query MunicipalitiesOne($id: ID, $officialKey: String) {\n    municipality(id: $id, officialKey: $officialKey) {\n      id\n      name\n      kind\n      state\n      officialKey\n      population\n      parent {\n        id\n        name\n        kind\n        officialKey\n        parent {\n          id\n        }\n      }\n    }\n  }\n':
    types.MunicipalitiesOneDocument,
  '\n  query MunicipalitiesByKeyAndId($id: ID) {\n    municipality(officialKey: "07131", id: $id) {\n      id\n    }\n  }\n':
    types.MunicipalitiesByKeyAndIdDocument,
  '\n  query MunicipalitiesNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Municipality {\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n':
    types.MunicipalitiesNodeDocument,
  '\n  query MunicipalitiesParents {\n    municipalities(first: 100, state: RP) {\n      nodes {\n        name\n        parent {\n          name\n          officialKey\n        }\n      }\n    }\n  }\n':
    types.MunicipalitiesParentsDocument,
  '\n  query MailSettings {\n    viewer {\n      notificationMailSettings {\n        kind\n        delivery\n      }\n    }\n  }\n':
    types.MailSettingsDocument,
  '\n  mutation MailSetDelivery($input: SetNotificationMailDeliveryInput!) {\n    setNotificationMailDelivery(input: $input) {\n      kind\n      delivery\n    }\n  }\n':
    types.MailSetDeliveryDocument,
  '\n  mutation MailUnsubscribe($input: UnsubscribeNotificationMailsInput!) {\n    unsubscribeNotificationMails(input: $input) {\n      kind\n    }\n  }\n':
    types.MailUnsubscribeDocument,
  '\n  mutation MailMarkAllRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n':
    types.MailMarkAllReadDocument,
  '\n  query NotificationsList($first: Int, $after: String, $unreadOnly: Boolean) {\n    viewer {\n      unreadNotificationCount\n      notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n        nodes {\n          id\n          kind\n          read\n          actor {\n            displayName\n          }\n          thread {\n            title\n          }\n          comment {\n            body\n          }\n          seminarSession {\n            title\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.NotificationsListDocument,
  '\n  query NotificationsOfSomeoneElse($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        notifications {\n          nodes {\n            kind\n          }\n        }\n        unreadNotificationCount\n      }\n    }\n  }\n':
    types.NotificationsOfSomeoneElseDocument,
  '\n  mutation NotificationsFollow($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      target {\n        ... on Thread {\n          title\n          viewerFollowLevel\n        }\n        ... on SeminarSession {\n          title\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n':
    types.NotificationsFollowDocument,
  '\n  mutation NotificationsUnfollow($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n    }\n  }\n':
    types.NotificationsUnfollowDocument,
  '\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n':
    types.NotificationsMarkReadDocument,
  '\n  query NotificationsThreadState($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        viewerFollowLevel\n        viewerNewCommentCount\n      }\n    }\n  }\n':
    types.NotificationsThreadStateDocument,
  '\n  mutation NotificationsMarkSeen($input: MarkThreadSeenInput!) {\n    markThreadSeen(input: $input) {\n      thread {\n        viewerNewCommentCount\n      }\n    }\n  }\n':
    types.NotificationsMarkSeenDocument,
  '\n  mutation NotificationsCreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n':
    types.NotificationsCreateSeriesDocument,
  '\n  mutation NotificationsCreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n':
    types.NotificationsCreateSessionDocument,
  '\n  mutation NotificationsRegister($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        status\n      }\n      session {\n        viewerFollowLevel\n      }\n    }\n  }\n':
    types.NotificationsRegisterDocument,
  '\n  mutation NotificationsCancelRegistration($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        status\n      }\n    }\n  }\n':
    types.NotificationsCancelRegistrationDocument,
  '\n  mutation NotificationsFollowSeries($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      target {\n        ... on SeminarSeries {\n          title\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n':
    types.NotificationsFollowSeriesDocument,
  '\n  mutation NotificationsCancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        cancelledAt\n      }\n    }\n  }\n':
    types.NotificationsCancelSessionDocument,
  '\n  mutation NotificationsRequestMembership($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      membership {\n        id\n      }\n    }\n  }\n':
    types.NotificationsRequestMembershipDocument,
  '\n  mutation NotificationsDecideMembership($input: DecideMembershipInput!) {\n    decideMembership(input: $input) {\n      membership {\n        status\n      }\n    }\n  }\n':
    types.NotificationsDecideMembershipDocument,
  '\n  mutation NotificationsHide($input: ModerateContentInput!) {\n    hideContent(input: $input) {\n      action {\n        id\n      }\n    }\n  }\n':
    types.NotificationsHideDocument,
  '\n  mutation NotificationsRestore($input: ModerateContentInput!) {\n    restoreContent(input: $input) {\n      action {\n        id\n      }\n    }\n  }\n':
    types.NotificationsRestoreDocument,
  '\n  query NotificationsDecisions {\n    viewer {\n      notifications(first: 5) {\n        nodes {\n          kind\n          actor {\n            displayName\n          }\n          membership {\n            status\n            decisionReason\n          }\n          comment {\n            body\n            moderation {\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.NotificationsDecisionsDocument,
  '\n  query RateLimitViewer {\n    viewer {\n      id\n    }\n  }\n': types.RateLimitViewerDocument,
  '\n  query RateLimitViewerTwice {\n    a: viewer {\n      id\n    }\n    b: viewer {\n      id\n    }\n  }\n':
    types.RateLimitViewerTwiceDocument,
  '\n  query RedisOutageMunicipalities {\n    municipalities(first: 1) {\n      nodes {\n        name\n      }\n    }\n  }\n':
    types.RedisOutageMunicipalitiesDocument,
  '\n  query SearchHits($q: String!, $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $q, filter: $filter, first: $first, after: $after) {\n      nodes {\n        rank\n        snippet\n        node {\n          __typename\n          ... on Experience {\n            id\n            title\n          }\n          ... on Thread {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.SearchHitsDocument,
  '\n  mutation OrganisingCreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n        title\n        organisers\n        organisingMunicipalities {\n          name\n        }\n        organisingVolunteerGroups {\n          name\n        }\n      }\n    }\n  }\n':
    types.OrganisingCreateSeriesDocument,
  '\n  mutation OrganisingUpdateSeries($input: UpdateSeminarSeriesInput!) {\n    updateSeminarSeries(input: $input) {\n      series {\n        title\n        description\n      }\n    }\n  }\n':
    types.OrganisingUpdateSeriesDocument,
  '\n  mutation OrganisingCreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n        title\n        topic\n        startsAt\n        endsAt\n        timeZone\n        capacity\n        onlineUrl\n        registrationClosesAt\n        isUpcoming\n        cancelledAt\n        series {\n          title\n        }\n      }\n    }\n  }\n':
    types.OrganisingCreateSessionDocument,
  '\n  mutation OrganisingUpdateSession($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        title\n        topic\n        capacity\n        startsAt\n      }\n    }\n  }\n':
    types.OrganisingUpdateSessionDocument,
  '\n  mutation OrganisingCancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        cancelledAt\n        cancelReason\n      }\n    }\n  }\n':
    types.OrganisingCancelSessionDocument,
  '\n  mutation OrganisingAddSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n        name\n        confirmation\n      }\n      session {\n        speakers {\n          name\n        }\n      }\n    }\n  }\n':
    types.OrganisingAddSpeakerDocument,
  '\n  mutation OrganisingUpdateSpeaker($input: UpdateSeminarSpeakerInput!) {\n    updateSeminarSpeaker(input: $input) {\n      speaker {\n        name\n        confirmation\n        role\n      }\n    }\n  }\n':
    types.OrganisingUpdateSpeakerDocument,
  '\n  mutation OrganisingRemoveSpeaker($input: RemoveSeminarSpeakerInput!) {\n    removeSeminarSpeaker(input: $input) {\n      speaker {\n        name\n      }\n      session {\n        speakers {\n          name\n          role\n          confirmation\n          municipality {\n            name\n          }\n          volunteerGroup {\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.OrganisingRemoveSpeakerDocument,
  '\n  query OrganisingCanOrganise($seriesId: ID!, $sessionId: ID!) {\n    seminarSeries(id: $seriesId) {\n      viewerCanOrganise\n    }\n    seminarSession(id: $sessionId) {\n      viewerCanOrganise\n    }\n  }\n':
    types.OrganisingCanOrganiseDocument,
  '\n  query OrganisingSpeakingAt {\n    viewer {\n      speakingAt {\n        title\n        startsAt\n      }\n    }\n  }\n':
    types.OrganisingSpeakingAtDocument,
  '\n  query OrganisingTwoSpeakers($a: ID!, $b: ID!) {\n    a: node(id: $a) {\n      ... on User {\n        speakingAt {\n          title\n        }\n      }\n    }\n    b: node(id: $b) {\n      ... on User {\n        speakingAt {\n          title\n        }\n      }\n    }\n  }\n':
    types.OrganisingTwoSpeakersDocument,
  '\n  query OrganisingUpcoming {\n    seminarSessions(when: UPCOMING, first: 10) {\n      nodes {\n        title\n        cancelledAt\n      }\n    }\n  }\n':
    types.OrganisingUpcomingDocument,
  '\n  mutation RegistrationCreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n':
    types.RegistrationCreateSeriesDocument,
  '\n  mutation RegistrationCreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n':
    types.RegistrationCreateSessionDocument,
  '\n  mutation RegistrationAddSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n    }\n  }\n':
    types.RegistrationAddSpeakerDocument,
  '\n  mutation RegistrationUpdateSession($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        capacity\n        registeredCount\n        waitlistCount\n      }\n    }\n  }\n':
    types.RegistrationUpdateSessionDocument,
  '\n  mutation RegistrationCancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        cancelledAt\n        registrationOpen\n      }\n    }\n  }\n':
    types.RegistrationCancelSessionDocument,
  '\n  mutation RegistrationRegister($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      session {\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n':
    types.RegistrationRegisterDocument,
  '\n  mutation RegistrationCancel($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        status\n        cancelledAt\n      }\n      session {\n        registeredCount\n        waitlistCount\n      }\n    }\n  }\n':
    types.RegistrationCancelDocument,
  '\n  mutation RegistrationSetReminder($input: SetSeminarReminderInput!) {\n    setSeminarReminder(input: $input) {\n      registration {\n        reminder\n      }\n    }\n  }\n':
    types.RegistrationSetReminderDocument,
  '\n  mutation RegistrationSetReminders($reminders: Boolean!) {\n    setSeminarReminders(input: { reminders: $reminders })\n  }\n':
    types.RegistrationSetRemindersDocument,
  '\n  query RegistrationMyReminders {\n    viewer {\n      seminarReminders\n      seminarRegistrations {\n        reminder\n        session {\n          title\n        }\n      }\n    }\n  }\n':
    types.RegistrationMyRemindersDocument,
  '\n  mutation RegistrationAttendance($input: MarkSeminarAttendanceInput!) {\n    markSeminarAttendance(input: $input) {\n      registration {\n        attended\n      }\n      session {\n        attendanceCount\n      }\n    }\n  }\n':
    types.RegistrationAttendanceDocument,
  '\n  query RegistrationSession($id: ID!) {\n    seminarSession(id: $id) {\n      title\n      onlineUrl\n      registrationOpen\n      registeredCount\n      waitlistCount\n      seatsLeft\n      viewerRegistration {\n        status\n        waitlistPosition\n      }\n      registrations(first: 20) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          promotedAt\n          user {\n            displayName\n          }\n        }\n      }\n    }\n  }\n':
    types.RegistrationSessionDocument,
  '\n  query RegistrationMine {\n    viewer {\n      seminarRegistrations {\n        status\n        session {\n          title\n        }\n      }\n    }\n  }\n':
    types.RegistrationMineDocument,
  '\n  query SeminarsSessions($first: Int, $after: String, $when: SeminarTimeFilter!, $seriesId: ID) {\n    seminarSessions(first: $first, after: $after, when: $when, seriesId: $seriesId) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n        isUpcoming\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n':
    types.SeminarsSessionsDocument,
  '\n  query SeminarsSessionTitlesByDefault {\n    seminarSessions(first: 100) {\n      nodes {\n        title\n      }\n    }\n  }\n':
    types.SeminarsSessionTitlesByDefaultDocument,
  '\n  query SeminarsSession($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      startsAt\n      endsAt\n      onlineUrl\n      isUpcoming\n      series {\n        id\n        title\n        organisers\n      }\n      speakers {\n        name\n        role\n        organisation\n        confirmation\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.SeminarsSessionDocument,
  '\n  query SeminarsSessionsWithSpeakers($first: Int, $when: SeminarTimeFilter!) {\n    seminarSessions(first: $first, when: $when) {\n      nodes {\n        title\n        series {\n          title\n        }\n        speakers {\n          name\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.SeminarsSessionsWithSpeakersDocument,
  '\n  query SeminarsSessionNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on SeminarSession {\n        title\n        startsAt\n      }\n    }\n  }\n':
    types.SeminarsSessionNodeDocument,
  '\n  query SeminarsSeries($id: ID!, $first: Int, $after: String) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      sessions(first: $first, after: $after) {\n        nodes {\n          id\n          title\n          startsAt\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.SeminarsSeriesDocument,
  '\n  query SeminarsPastSessionsWithProgramme {\n    seminarSessions(first: 100, when: PAST) {\n      nodes {\n        title\n        series {\n          title\n          sessions(first: 1) {\n            nodes {\n              title\n            }\n            pageInfo {\n              hasNextPage\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.SeminarsPastSessionsWithProgrammeDocument,
  '\n  query SeminarsSeriesNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on SeminarSeries {\n        title\n      }\n    }\n  }\n':
    types.SeminarsSeriesNodeDocument,
  '\n  mutation SeminarsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n        kind\n        title\n        bodyHtml\n        author {\n          displayName\n        }\n        seminarSession {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.SeminarsCreateThreadDocument,
  '\n  query SeminarsFollowUps($id: ID!, $first: Int, $after: String) {\n    seminarSession(id: $id) {\n      followUpThreads(first: $first, after: $after) {\n        nodes {\n          id\n          title\n          kind\n          author {\n            displayName\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.SeminarsFollowUpsDocument,
  '\n  query SeminarsThreadsOfSession($s: ID) {\n    threads(seminarSessionId: $s) {\n      nodes {\n        id\n      }\n    }\n  }\n':
    types.SeminarsThreadsOfSessionDocument,
  '\n  query SeminarsPastSessionsWithFollowUps($first: Int) {\n    seminarSessions(first: $first, when: PAST) {\n      nodes {\n        title\n        followUpThreads(first: 5) {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.SeminarsPastSessionsWithFollowUpsDocument,
  '\n  mutation FactoryCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n        }\n      }\n    }\n  }\n':
    types.FactoryCreateExperienceDocument,
  '\n  mutation FactoryPublishExperience($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n':
    types.FactoryPublishExperienceDocument,
  '\n  mutation FactoryCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n':
    types.FactoryCreateThreadDocument,
  '\n  mutation FactoryAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n':
    types.FactoryAddCommentDocument,
  '\n  mutation GroupRegistrationRegister($input: RegisterVolunteerGroupInput!) {\n    registerVolunteerGroup(input: $input) {\n      volunteerGroup {\n        id\n        name\n        kind\n        status\n        description\n        website\n        viewerCanEdit\n        viewerCanDecide\n        homeMunicipality {\n          name\n        }\n        municipalitiesServed {\n          name\n        }\n      }\n    }\n  }\n':
    types.GroupRegistrationRegisterDocument,
  '\n  query GroupRegistrationGroup($id: ID!) {\n    volunteerGroup(id: $id) {\n      id\n      name\n      status\n      website\n      decisionReason\n      decidedAt\n      viewerCanEdit\n      viewerCanDecide\n    }\n  }\n':
    types.GroupRegistrationGroupDocument,
  '\n  query GroupRegistrationList($status: VolunteerGroupStatus) {\n    volunteerGroups(first: 100, status: $status) {\n      nodes {\n        name\n        status\n        viewerCanDecide\n      }\n    }\n  }\n':
    types.GroupRegistrationListDocument,
  '\n  mutation GroupRegistrationConfirm($id: ID!) {\n    confirmVolunteerGroup(input: { id: $id }) {\n      volunteerGroup {\n        status\n        decidedAt\n        viewerCanDecide\n      }\n    }\n  }\n':
    types.GroupRegistrationConfirmDocument,
  '\n  mutation GroupRegistrationReject($id: ID!, $reason: String!) {\n    rejectVolunteerGroup(input: { id: $id, reason: $reason }) {\n      volunteerGroup {\n        status\n        decisionReason\n      }\n    }\n  }\n':
    types.GroupRegistrationRejectDocument,
  '\n  mutation GroupRegistrationUpdate($input: UpdateVolunteerGroupInput!) {\n    updateVolunteerGroup(input: $input) {\n      volunteerGroup {\n        name\n        description\n        website\n        homeMunicipality {\n          name\n        }\n        municipalitiesServed {\n          name\n        }\n      }\n    }\n  }\n':
    types.GroupRegistrationUpdateDocument,
  '\n  query GroupRegistrationMine {\n    viewer {\n      memberships {\n        role\n        status\n        decisionReason\n        volunteerGroup {\n          name\n        }\n      }\n      notifications(first: 5) {\n        nodes {\n          kind\n          membership {\n            role\n            status\n          }\n        }\n      }\n    }\n  }\n':
    types.GroupRegistrationMineDocument,
  '\n  query GroupRegistrationRequests {\n    membershipRequests {\n      role\n      volunteerGroup {\n        name\n      }\n    }\n  }\n':
    types.GroupRegistrationRequestsDocument,
  '\n  mutation GroupRegistrationJoin($g: ID!) {\n    requestMembership(input: { volunteerGroupId: $g, role: MEMBER, position: "Helferin" }) {\n      membership {\n        status\n      }\n    }\n  }\n':
    types.GroupRegistrationJoinDocument,
  '\n  query VolunteerGroupsList($first: Int, $after: String, $kind: VolunteerGroupKind, $municipalityId: ID, $nameContains: String) {\n    volunteerGroups(first: $first, after: $after, kind: $kind, municipalityId: $municipalityId, nameContains: $nameContains) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        name\n        kind\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n':
    types.VolunteerGroupsListDocument,
  '\n  query VolunteerGroupsOne($id: ID!) {\n    volunteerGroup(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      homeMunicipality {\n        id\n        name\n        kind\n        parent {\n          name\n        }\n      }\n      municipalitiesServed {\n        id\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n':
    types.VolunteerGroupsOneDocument,
  '\n  query VolunteerGroupsNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on VolunteerGroup {\n        name\n        municipalitiesServed {\n          name\n        }\n      }\n    }\n  }\n':
    types.VolunteerGroupsNodeDocument,
  '\n  query VolunteerGroupsPageWithPlaces($first: Int, $nameContains: String) {\n    volunteerGroups(first: $first, nameContains: $nameContains) {\n      nodes {\n        id\n        name\n        kind\n        homeMunicipality {\n          name\n          parent {\n            name\n          }\n        }\n        municipalitiesServed {\n          id\n          name\n          parent {\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.VolunteerGroupsPageWithPlacesDocument,
  '\n  query VolunteerGroupsPageWithServedPlaces($first: Int, $nameContains: String) {\n    volunteerGroups(first: $first, nameContains: $nameContains) {\n      nodes {\n        municipalitiesServed {\n          name\n        }\n      }\n    }\n  }\n':
    types.VolunteerGroupsPageWithServedPlacesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApiBasicsRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n',
): typeof import('./graphql').ApiBasicsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApiBasicsLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').ApiBasicsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiBasicsViewer {\n    viewer {\n      id\n      displayName\n      email\n    }\n  }\n',
): typeof import('./graphql').ApiBasicsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiBasicsMunicipalities($first: Int, $after: String) {\n    municipalities(first: $first, after: $after) {\n      nodes {\n        id\n        name\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').ApiBasicsMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiBasicsMunicipalityNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Municipality {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').ApiBasicsMunicipalityNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiBasicsGarbageNode {\n    node(id: "garbage") {\n      id\n    }\n  }\n',
): typeof import('./graphql').ApiBasicsGarbageNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiBasicsAtTheLimits {\n    a0: viewer {\n      id\n    }\n    a1: viewer {\n      id\n    }\n    a2: viewer {\n      id\n    }\n    a3: viewer {\n      id\n    }\n    a4: viewer {\n      id\n    }\n    municipalities(first: 1) {\n      edges {\n        node {\n          parent {\n            parent {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ApiBasicsAtTheLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n',
): typeof import('./graphql').MatrixLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MatrixSessions {\n    viewer {\n      sessions {\n        id\n        current\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRequestTownMembership($m: ID!) {\n    requestMembership(input: { municipalityId: $m, role: STAFF, position: "Bauamt" }) {\n      membership {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixRequestTownMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixFlagContent($c: ID!) {\n    flagContent(input: { targetId: $c, reason: SPAM }) {\n      targetHidden\n    }\n  }\n',
): typeof import('./graphql').MatrixFlagContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixHideContent($c: ID!) {\n    hideContent(input: { targetId: $c, reason: "Beleidigend" }) {\n      action {\n        action\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixHideContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRestoreContent($c: ID!) {\n    restoreContent(input: { targetId: $c, reason: "Vertretbar" }) {\n      action {\n        action\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixRestoreContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixDismissFlags($c: ID!) {\n    dismissFlags(input: { targetId: $c, reason: "Kein Spam" }) {\n      action {\n        action\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixDismissFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixLockThread($t: ID!) {\n    lockThread(input: { threadId: $t, reason: "Entgleist" }) {\n      thread {\n        locked\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixLockThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixUnlockThread($t: ID!) {\n    unlockThread(input: { threadId: $t, reason: "Wieder offen" }) {\n      thread {\n        locked\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixUnlockThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixMoveThread($t: ID!, $s: ID!) {\n    moveThread(input: { threadId: $t, seminarSessionId: $s, reason: "Gehört zum Seminar" }) {\n      thread {\n        kind\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixMoveThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixBanUser($u: ID!, $until: DateTime!) {\n    banUser(input: { userId: $u, until: $until, reason: "Beleidigungen" }) {\n      user {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixBanUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixUnbanUser($u: ID!) {\n    unbanUser(input: { userId: $u, reason: "Einsicht" }) {\n      user {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixUnbanUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixErasePersonalData($u: ID!) {\n    erasePersonalData(input: { userId: $u, reason: "Antrag per E-Mail" }) {\n      user {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixErasePersonalDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n    }\n  }\n',
): typeof import('./graphql').MatrixRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixLoginOnly($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n',
): typeof import('./graphql').MatrixLoginOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n    }\n  }\n',
): typeof import('./graphql').MatrixRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRevokeSession($s: ID!) {\n    revokeSession(input: { sessionId: $s }) {\n      sessionId\n    }\n  }\n',
): typeof import('./graphql').MatrixRevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixSignOut {\n    signOut {\n      sessionId\n    }\n  }\n',
): typeof import('./graphql').MatrixSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n    }\n  }\n',
): typeof import('./graphql').MatrixChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixCreateExperienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixUpdateExperience($id: ID!) {\n    updateExperience(input: { id: $id, summary: "Geänderte Zusammenfassung." }) {\n      experience {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixUpdateExperienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixPublishExperience($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixPublishExperienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixCreateThread($title: String!) {\n    createThread(input: { title: $title, body: "x" }) {\n      thread {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixAddComment($t: ID!) {\n    addComment(input: { threadId: $t, body: "Hallo" }) {\n      comment {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixAddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixEditComment($c: ID!) {\n    editComment(input: { commentId: $c, body: "Neu" }) {\n      comment {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixEditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixDeleteComment($c: ID!) {\n    deleteComment(input: { commentId: $c }) {\n      comment {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixDeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixAddReaction($c: ID!) {\n    addReaction(input: { targetId: $c, kind: HELPFUL }) {\n      active\n    }\n  }\n',
): typeof import('./graphql').MatrixAddReactionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRemoveReaction($c: ID!) {\n    removeReaction(input: { targetId: $c, kind: HELPFUL }) {\n      active\n    }\n  }\n',
): typeof import('./graphql').MatrixRemoveReactionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRequestMembership($g: ID!) {\n    requestMembership(input: { volunteerGroupId: $g, role: MEMBER, position: "Helfer" }) {\n      membership {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixRequestMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixDecideMembership($m: ID!) {\n    decideMembership(input: { membershipId: $m, approve: true }) {\n      membership {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixDecideMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRevokeMembership($m: ID!) {\n    revokeMembership(input: { membershipId: $m, reason: "Beendet" }) {\n      membership {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixRevokeMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRequestEmailVerification {\n    requestEmailVerification {\n      sentTo\n    }\n  }\n',
): typeof import('./graphql').MatrixRequestEmailVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixVerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n    }\n  }\n',
): typeof import('./graphql').MatrixVerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      email\n    }\n  }\n',
): typeof import('./graphql').MatrixRequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n',
): typeof import('./graphql').MatrixResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixCreateSeminarSeries($m: ID!) {\n    createSeminarSeries(input: { title: "Reihe", organisers: ["Stadt"], organisingMunicipalityIds: [$m] }) {\n      series {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixCreateSeminarSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixUpdateSeminarSeries($s: ID!) {\n    updateSeminarSeries(input: { id: $s, description: "Neu beschrieben" }) {\n      series {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixUpdateSeminarSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixCreateSeminarSession($s: ID!) {\n    createSeminarSession(\n      input: { seriesId: $s, title: "Sitzung", startsAt: "2030-03-01T17:00:00+01:00", endsAt: "2030-03-01T18:30:00+01:00" }\n    ) {\n      session {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixCreateSeminarSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixUpdateSeminarSession($s: ID!) {\n    updateSeminarSession(input: { id: $s, topic: "Neues Thema" }) {\n      session {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixUpdateSeminarSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixCancelSeminarSession($s: ID!) {\n    cancelSeminarSession(input: { id: $s, reason: "Erkrankt" }) {\n      session {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixCancelSeminarSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixAddSeminarSpeaker($s: ID!) {\n    addSeminarSpeaker(input: { sessionId: $s, name: "Referentin" }) {\n      session {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixAddSeminarSpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixUpdateSeminarSpeaker($p: ID!) {\n    updateSeminarSpeaker(input: { id: $p, confirmation: CONFIRMED }) {\n      session {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixUpdateSeminarSpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRemoveSeminarSpeaker($p: ID!) {\n    removeSeminarSpeaker(input: { id: $p }) {\n      session {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixRemoveSeminarSpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRegisterForSession($s: ID!) {\n    registerForSeminarSession(input: { sessionId: $s }) {\n      registration {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixRegisterForSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixCancelRegistration($s: ID!) {\n    cancelSeminarRegistration(input: { sessionId: $s }) {\n      registration {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixCancelRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixSetReminder($s: ID!) {\n    setSeminarReminder(input: { sessionId: $s, reminder: false }) {\n      registration {\n        reminder\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixSetReminderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixSetReminders {\n    setSeminarReminders(input: { reminders: false })\n  }\n',
): typeof import('./graphql').MatrixSetRemindersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixMarkAttendance($r: ID!) {\n    markSeminarAttendance(input: { registrationId: $r, attended: true }) {\n      registration {\n        attended\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixMarkAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixAcceptAnswer($q: ID!, $a: ID!) {\n    acceptAnswer(input: { questionId: $q, answerId: $a }) {\n      answer {\n        isAcceptedAnswer\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixAcceptAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixCloseThread($t: ID!) {\n    closeThread(input: { threadId: $t, conclusion: "Wir halten fest: Sandsäcke im Bauhof." }) {\n      thread {\n        closedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixCloseThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixReopenThread($t: ID!) {\n    reopenThread(input: { threadId: $t }) {\n      thread {\n        closedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixReopenThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixDraftLesson($t: ID!, $m: ID!) {\n    draftLessonFromThread(input: { threadId: $t, municipalityId: $m, hazards: [FLOOD], phase: RESPONSE }) {\n      experience {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixDraftLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRecordSession($s: ID!) {\n    recordSeminarSession(input: { id: $s, minutes: "Protokoll" }) {\n      session {\n        minutes\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixRecordSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixSetMailDelivery {\n    setNotificationMailDelivery(input: { kind: THREAD_COMMENT, delivery: NEVER }) {\n      kind\n    }\n  }\n',
): typeof import('./graphql').MatrixSetMailDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixUnsubscribeMails($token: String!) {\n    unsubscribeNotificationMails(input: { token: $token }) {\n      kind\n    }\n  }\n',
): typeof import('./graphql').MatrixUnsubscribeMailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixFollow($t: ID!) {\n    follow(input: { targetId: $t, level: WATCHING }) {\n      level\n    }\n  }\n',
): typeof import('./graphql').MatrixFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixUnfollow($t: ID!) {\n    unfollow(input: { targetId: $t }) {\n      level\n    }\n  }\n',
): typeof import('./graphql').MatrixUnfollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixMarkNotificationsRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n',
): typeof import('./graphql').MatrixMarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixMarkThreadSeen($t: ID!) {\n    markThreadSeen(input: { threadId: $t }) {\n      thread {\n        viewerNewCommentCount\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixMarkThreadSeenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixProposeCrisis($m: ID!) {\n    proposeCrisis(input: { name: "Starkregen Juni", hazards: [HEAVY_RAIN], startsOn: "2024-06-01", affectedMunicipalityIds: [$m] }) {\n      crisis {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixProposeCrisisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixUpdateCrisis($c: ID!) {\n    updateCrisis(input: { id: $c, description: "Neu beschrieben" }) {\n      crisis {\n        description\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixUpdateCrisisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixEndCrisis($c: ID!) {\n    endCrisis(input: { id: $c, endsOn: "2024-06-20" }) {\n      crisis {\n        endsOn\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixEndCrisisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixConfirmCrisis($c: ID!) {\n    confirmCrisis(input: { id: $c }) {\n      crisis {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixConfirmCrisisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRejectCrisis($c: ID!) {\n    rejectCrisis(input: { id: $c, reason: "Kein eigenes Ereignis" }) {\n      crisis {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixRejectCrisisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixMergeCrisis($c: ID!, $into: ID!) {\n    mergeCrisis(input: { id: $c, intoId: $into }) {\n      crisis {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixMergeCrisisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixFollowHazard {\n    followHazard(input: { hazard: HEAT, level: WATCHING }) {\n      level\n    }\n  }\n',
): typeof import('./graphql').MatrixFollowHazardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixUnfollowHazard {\n    unfollowHazard(input: { hazard: HEAT }) {\n      level\n    }\n  }\n',
): typeof import('./graphql').MatrixUnfollowHazardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRegisterVolunteerGroup($input: RegisterVolunteerGroupInput!) {\n    registerVolunteerGroup(input: $input) {\n      volunteerGroup {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixRegisterVolunteerGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixConfirmVolunteerGroup($g: ID!) {\n    confirmVolunteerGroup(input: { id: $g }) {\n      volunteerGroup {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixConfirmVolunteerGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixRejectVolunteerGroup($g: ID!) {\n    rejectVolunteerGroup(input: { id: $g, reason: "Unbekannt" }) {\n      volunteerGroup {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixRejectVolunteerGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MatrixUpdateVolunteerGroup($g: ID!) {\n    updateVolunteerGroup(input: { id: $g, description: "Neu beschrieben" }) {\n      volunteerGroup {\n        description\n      }\n    }\n  }\n',
): typeof import('./graphql').MatrixUpdateVolunteerGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FaultsThreadPage($id: ID!) {\n    thread(id: $id) {\n      title\n      comments(first: 10) {\n        nodes {\n          id\n          body\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').FaultsThreadPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FaultsMunicipalities {\n    municipalities(first: 5) {\n      nodes {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').FaultsMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FaultsViewer {\n    viewer {\n      id\n    }\n  }\n',
): typeof import('./graphql').FaultsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FaultsSearch($q: String!) {\n    search(query: $q, first: 5) {\n      nodes {\n        rank\n      }\n    }\n  }\n',
): typeof import('./graphql').FaultsSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FaultsAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').FaultsAddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IdempotencyAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n      }\n    }\n  }\n',
): typeof import('./graphql').IdempotencyAddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IdempotencyCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').IdempotencyCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IdempotencyCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').IdempotencyCreateExperienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription AcrossCommentAdded($threadId: ID!, $after: String) {\n    commentAdded(threadId: $threadId, after: $after) {\n      eventId\n      resync\n      comment {\n        body\n      }\n    }\n  }\n',
): typeof import('./graphql').AcrossCommentAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription AcrossNotificationAdded {\n    notificationAdded {\n      unreadCount\n      notification {\n        kind\n      }\n    }\n  }\n',
): typeof import('./graphql').AcrossNotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MetricsMunicipalities {\n    municipalities(first: 1) {\n      nodes {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').MetricsMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Municipality {\n        name\n      }\n      ... on VolunteerGroup {\n        name\n      }\n      ... on Crisis {\n        name\n      }\n      ... on SeminarSeries {\n        title\n      }\n      ... on SeminarSession {\n        title\n      }\n      ... on User {\n        displayName\n        email\n      }\n      ... on Thread {\n        title\n      }\n      ... on Comment {\n        body\n      }\n      ... on Experience {\n        title\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').NodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeEveryType(\n    $municipality: ID!\n    $volunteerGroup: ID!\n    $crisis: ID!\n    $seminarSeries: ID!\n    $seminarSession: ID!\n    $user: ID!\n    $thread: ID!\n    $comment: ID!\n    $experience: ID!\n    $missing: ID!\n  ) {\n    municipality: node(id: $municipality) {\n      __typename\n      id\n    }\n    volunteerGroup: node(id: $volunteerGroup) {\n      __typename\n      id\n    }\n    crisis: node(id: $crisis) {\n      __typename\n      id\n    }\n    seminarSeries: node(id: $seminarSeries) {\n      __typename\n      id\n    }\n    seminarSession: node(id: $seminarSession) {\n      __typename\n      id\n    }\n    user: node(id: $user) {\n      __typename\n      id\n    }\n    thread: node(id: $thread) {\n      __typename\n      id\n    }\n    comment: node(id: $comment) {\n      __typename\n      id\n    }\n    experience: node(id: $experience) {\n      __typename\n      id\n    }\n    missing: node(id: $missing) {\n      __typename\n      id\n    }\n  }\n',
): typeof import('./graphql').NodeEveryTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeUserEmail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        id\n        displayName\n        email\n      }\n    }\n  }\n',
): typeof import('./graphql').NodeUserEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeViewerEmail {\n    viewer {\n      id\n      email\n    }\n  }\n',
): typeof import('./graphql').NodeViewerEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeThreadAuthors($t: ID!) {\n    node(id: $t) {\n      __typename\n      ... on Thread {\n        author {\n          id\n          email\n        }\n        comments {\n          nodes {\n            author {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').NodeThreadAuthorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProductionModeIntrospection {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').ProductionModeIntrospectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueryCostThreadPage {\n    threads(first: 1) {\n      nodes {\n        comments(first: 100) {\n          nodes {\n            body\n            author {\n              displayName\n            }\n            replies(first: 10) {\n              nodes {\n                body\n                author {\n                  displayName\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').QueryCostThreadPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueryCostMillion {\n    experiences(first: 100) {\n      nodes {\n        thread {\n          comments(first: 100) {\n            nodes {\n              replies(first: 100) {\n                nodes {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').QueryCostMillionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueryCostWithoutFirst {\n    experiences {\n      nodes {\n        thread {\n          comments {\n            nodes {\n              replies {\n                nodes {\n                  replies {\n                    nodes {\n                      id\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').QueryCostWithoutFirstDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueryCostPageSize($n: Int, $deep: Boolean!) {\n    experiences(first: $n) {\n      nodes {\n        thread {\n          comments(first: $n) {\n            nodes {\n              id\n              replies(first: $n) @include(if: $deep) {\n                nodes {\n                  id\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').QueryCostPageSizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryAnnounce($series: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $series) {\n      series {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryAnnounceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StorySession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n        followUpThreads(first: 5) {\n          nodes {\n            id\n            title\n            body\n            viewerFollowLevel\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').StorySessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StorySpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').StorySpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryMove($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        startsAt\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryRegister($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryCancel($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryAttend($input: MarkSeminarAttendanceInput!) {\n    markSeminarAttendance(input: $input) {\n      session {\n        attendanceCount\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryAttendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryRecord($input: RecordSeminarSessionInput!) {\n    recordSeminarSession(input: $input) {\n      session {\n        minutesHtml\n        recordingUrl\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryAsk($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        addressedTo {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryAskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryAccept($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      question {\n        acceptedAnswer {\n          body\n        }\n      }\n      answer {\n        isAcceptedAnswer\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryConclude($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        closedAt\n        conclusionHtml\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryConcludeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryReopen($input: ReopenThreadInput!) {\n    reopenThread(input: $input) {\n      thread {\n        closedAt\n        conclusion\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoryThread($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        closedAt\n        openQuestions {\n          body\n          addressedTo {\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoryInbox {\n    viewer {\n      notifications(first: 10) {\n        nodes {\n          kind\n          actor {\n            displayName\n          }\n          comment {\n            body\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryDraftLesson($input: DraftLessonFromThreadInput!) {\n    draftLessonFromThread(input: $input) {\n      experience {\n        id\n        title\n        status\n        situation\n        actions\n        outcome\n        seminarSession {\n          title\n        }\n        sourceThread {\n          title\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryDraftLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryComplete($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        summary\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoryRecordPage($id: ID!) {\n    seminarSession(id: $id) {\n      attendanceCount\n      minutesHtml\n      recordingUrl\n      lessons {\n        title\n        author {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryRecordPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StoryFind($text: String!) {\n    search(query: $text, first: 5) {\n      nodes {\n        node {\n          __typename\n          ... on Experience {\n            title\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryFindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StorySeedSession {\n    seminarSessions(first: 20, when: PAST) {\n      nodes {\n        id\n        title\n        speakers {\n          id\n          name\n          confirmation\n        }\n        followUpThreads(first: 5) {\n          nodes {\n            id\n            title\n            body\n          }\n        }\n      }\n    }\n    municipalities(first: 5, nameContains: "Plochingen") {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').StorySeedSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StoryLinkSpeaker($input: UpdateSeminarSpeakerInput!) {\n    updateSeminarSpeaker(input: $input) {\n      speaker {\n        name\n        confirmation\n      }\n    }\n  }\n',
): typeof import('./graphql').StoryLinkSpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription LiveCommentAdded($threadId: ID!, $after: String) {\n    commentAdded(threadId: $threadId, after: $after) {\n      eventId\n      resync\n      comment {\n        body\n        author {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').LiveCommentAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription LiveThreadUpdated($threadId: ID!) {\n    threadUpdated(threadId: $threadId) {\n      change\n      thread {\n        closedAt\n        conclusion\n      }\n    }\n  }\n',
): typeof import('./graphql').LiveThreadUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription LiveNotificationAdded {\n    notificationAdded {\n      eventId\n      unreadCount\n      notification {\n        kind\n        comment {\n          body\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').LiveNotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LiveClose($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        closedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').LiveCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CrisesList($first: Int, $after: String, $hazard: Hazard, $municipalityId: ID) {\n    crises(first: $first, after: $after, hazard: $hazard, municipalityId: $municipalityId) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        name\n        hazard\n        startsOn\n        endsOn\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').CrisesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CrisesOne($id: ID!) {\n    crisis(id: $id) {\n      id\n      name\n      hazard\n      description\n      startsOn\n      endsOn\n      affectedMunicipalities {\n        id\n        name\n        kind\n        parent {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').CrisesOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CrisesPageWithPlaces($first: Int) {\n    crises(first: $first) {\n      nodes {\n        name\n        affectedMunicipalities {\n          name\n          parent {\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').CrisesPageWithPlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CrisesNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Crisis {\n        name\n        startsOn\n      }\n    }\n  }\n',
): typeof import('./graphql').CrisesNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposalsPropose($input: ProposeCrisisInput!) {\n    proposeCrisis(input: $input) {\n      crisis {\n        id\n        name\n        hazards\n        hazard\n        status\n        startsOn\n        endsOn\n        viewerFollowLevel\n        proposedBy {\n          displayName\n        }\n        affectedMunicipalities {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ProposalsProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposalsUpdate($input: UpdateCrisisInput!) {\n    updateCrisis(input: $input) {\n      crisis {\n        name\n        hazards\n        description\n      }\n    }\n  }\n',
): typeof import('./graphql').ProposalsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposalsConfirm($id: ID!) {\n    confirmCrisis(input: { id: $id }) {\n      crisis {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').ProposalsConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposalsReject($id: ID!, $reason: String!) {\n    rejectCrisis(input: { id: $id, reason: $reason }) {\n      crisis {\n        status\n        decisionReason\n      }\n    }\n  }\n',
): typeof import('./graphql').ProposalsRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposalsMerge($id: ID!, $intoId: ID!) {\n    mergeCrisis(input: { id: $id, intoId: $intoId }) {\n      crisis {\n        status\n        mergedInto {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ProposalsMergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposalsEnd($id: ID!, $endsOn: Date) {\n    endCrisis(input: { id: $id, endsOn: $endsOn }) {\n      crisis {\n        endsOn\n      }\n    }\n  }\n',
): typeof import('./graphql').ProposalsEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProposalsOne($id: ID!) {\n    crisis(id: $id) {\n      name\n      status\n      decisionReason\n      viewerFollowLevel\n      affectedMunicipalities {\n        name\n      }\n      mergedInto {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').ProposalsOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProposalsList($status: CrisisStatus, $hazard: Hazard) {\n    crises(first: 100, status: $status, hazard: $hazard) {\n      nodes {\n        name\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').ProposalsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposalsLink($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        crisis {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ProposalsLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProposalsLesson($id: ID!) {\n    experience(id: $id) {\n      crisis {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').ProposalsLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposalsFollow($targetId: ID!) {\n    follow(input: { targetId: $targetId, level: WATCHING }) {\n      level\n    }\n  }\n',
): typeof import('./graphql').ProposalsFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n        kind\n        title\n        bodyHtml\n        commentCount\n        author {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n        bodyHtml\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsAddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsEditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        id\n        body\n        editedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsEditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsDeleteComment($id: ID!) {\n    deleteComment(input: { commentId: $id }) {\n      comment {\n        id\n        body\n        bodyHtml\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsDeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsReact($id: ID!, $kind: ReactionKind!) {\n    addReaction(input: { targetId: $id, kind: $kind }) {\n      active\n      kind\n      target {\n        __typename\n        ... on Comment {\n          helpfulCount\n          thanksCount\n          viewerReactions\n        }\n        ... on Experience {\n          helpfulCount\n          viewerReactions\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsReactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsUnreact($id: ID!, $kind: ReactionKind!) {\n    removeReaction(input: { targetId: $id, kind: $kind }) {\n      active\n      target {\n        ... on Comment {\n          helpfulCount\n          viewerReactions\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsUnreactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsThreadPage($id: ID!, $first: Int, $replies: Int) {\n    thread(id: $id) {\n      title\n      commentCount\n      comments(first: $first) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            bodyHtml\n            deleted\n            createdAt\n            editedAt\n            helpfulCount\n            thanksCount\n            replyCount\n            viewerReactions\n            author {\n              displayName\n            }\n            replies(first: $replies) {\n              nodes {\n                id\n                body\n                createdAt\n                viewerReactions\n                helpfulCount\n                author {\n                  displayName\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsThreadPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsCommentBodies($id: ID!, $after: String) {\n    thread(id: $id) {\n      comments(first: 50, after: $after) {\n        nodes {\n          body\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCommentBodiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsCommentCount($id: ID!) {\n    thread(id: $id) {\n      commentCount\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCommentCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n          experience {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCreateExperienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsThreads {\n    threads(first: 100) {\n      nodes {\n        id\n        kind\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DiscussionsAccount on User {\n    id\n    email\n    emailVerified\n    bannedUntil\n    banReason\n    createdAt\n  }\n',
): typeof import('./graphql').DiscussionsAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsViewer {\n    viewer {\n      ...DiscussionsAccount\n    }\n  }\n',
): typeof import('./graphql').DiscussionsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsCommentAuthors($id: ID!) {\n    thread(id: $id) {\n      comments(first: 100) {\n        nodes {\n          id\n          author {\n            ...DiscussionsAccount\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCommentAuthorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsAddCommentWithThread($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        thread {\n          id\n          commentCount\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsAddCommentWithThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DiscussionsCommentFields on Comment {\n    id\n    body\n    bodyHtml\n    deleted\n    createdAt\n    editedAt\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    moderation {\n      hidden\n    }\n    moderationHistory {\n      action\n    }\n    author {\n      id\n      displayName\n      createdAt\n      email\n      emailVerified\n      bannedUntil\n      banReason\n    }\n    thread {\n      id\n      title\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsCommentsInFull($id: ID!) {\n    thread(id: $id) {\n      comments(first: 30) {\n        nodes {\n          ...DiscussionsCommentFields\n          replies(first: 10) {\n            nodes {\n              ...DiscussionsCommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCommentsInFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsOneComment($id: ID!) {\n    node(id: $id) {\n      ... on Comment {\n        ...DiscussionsCommentFields\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsOneCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FollowUpSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').FollowUpSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FollowUpSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n        followUpThreads(first: 1) {\n          nodes {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').FollowUpSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FollowUpSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').FollowUpSpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FollowUpMute($input: FollowInput!) {\n    follow(input: $input) {\n      level\n    }\n  }\n',
): typeof import('./graphql').FollowUpMuteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FollowUpComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').FollowUpCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FollowUpAccept($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      question {\n        acceptedAnswer {\n          body\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').FollowUpAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FollowUpClose($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        closedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').FollowUpCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FollowUpRecord($input: RecordSeminarSessionInput!) {\n    recordSeminarSession(input: $input) {\n      session {\n        recordingUrl\n      }\n    }\n  }\n',
): typeof import('./graphql').FollowUpRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FollowUpDraftLesson($input: DraftLessonFromThreadInput!) {\n    draftLessonFromThread(input: $input) {\n      experience {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').FollowUpDraftLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FollowUpInbox {\n    viewer {\n      notifications(first: 5) {\n        nodes {\n          kind\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').FollowUpInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FollowUpViewerCan($thread: ID!, $question: ID!) {\n    thread(id: $thread) {\n      viewerCanClose\n    }\n    node(id: $question) {\n      ... on Comment {\n        viewerCanAccept\n      }\n    }\n  }\n',
): typeof import('./graphql').FollowUpViewerCanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MentionsComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').MentionsCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MentionsMute($targetId: ID!) {\n    follow(input: { targetId: $targetId, level: MUTED }) {\n      level\n    }\n  }\n',
): typeof import('./graphql').MentionsMuteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MentionsParticipants($id: ID!) {\n    thread(id: $id) {\n      participants {\n        id\n        displayName\n      }\n    }\n  }\n',
): typeof import('./graphql').MentionsParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MentionsNotifications {\n    viewer {\n      notifications(first: 20) {\n        nodes {\n          kind\n          actor {\n            displayName\n          }\n          comment {\n            body\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').MentionsNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NewAccountLimitsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n        kind\n      }\n    }\n  }\n',
): typeof import('./graphql').NewAccountLimitsCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NewAccountLimitsAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n      }\n    }\n  }\n',
): typeof import('./graphql').NewAccountLimitsAddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NewAccountLimitsEditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        id\n        body\n      }\n    }\n  }\n',
): typeof import('./graphql').NewAccountLimitsEditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NewAccountLimitsDeleteComment($id: ID!) {\n    deleteComment(input: { commentId: $id }) {\n      comment {\n        id\n        deleted\n      }\n    }\n  }\n',
): typeof import('./graphql').NewAccountLimitsDeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExperienceHtml($id: ID!) {\n    experience(id: $id) {\n      situationHtml\n      actionsHtml\n      outcomeHtml\n      rootCauseHtml\n      transferabilityHtml\n    }\n  }\n',
): typeof import('./graphql').ExperienceHtmlDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExperiencesCreate($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        status\n        thread {\n          id\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ExperiencesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExperiencesPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n        status\n        publishedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').ExperiencesPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExperiencesUpdate($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        id\n        title\n        summary\n        recommendations {\n          text\n          addressee\n          status\n        }\n        crisis {\n          name\n        }\n        seminarSession {\n          title\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ExperiencesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExperiencesOne($id: ID!) {\n    experience(id: $id) {\n      id\n      title\n      status\n    }\n  }\n',
): typeof import('./graphql').ExperiencesOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExperiencesNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n',
): typeof import('./graphql').ExperiencesNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExperiencesThread($id: ID!) {\n    thread(id: $id) {\n      id\n    }\n  }\n',
): typeof import('./graphql').ExperiencesThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExperiencesIds($first: Int, $after: String, $filter: ExperienceFilter, $orderBy: ExperienceOrder) {\n    experiences(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      nodes {\n        id\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').ExperiencesIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExperiencesMostHelpful {\n    experiences(first: 1, orderBy: MOST_HELPFUL) {\n      nodes {\n        id\n        helpfulCount\n      }\n    }\n  }\n',
): typeof import('./graphql').ExperiencesMostHelpfulDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExperiencesSearch($query: String!) {\n    search(query: $query) {\n      nodes {\n        node {\n          ... on Experience {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ExperiencesSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExperiencesReact($id: ID!, $kind: ReactionKind!) {\n    addReaction(input: { targetId: $id, kind: $kind }) {\n      active\n    }\n  }\n',
): typeof import('./graphql').ExperiencesReactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ExperiencesFeedFields on Experience {\n    id\n    title\n    summary\n    publishedAt\n    helpfulCount\n    thanksCount\n    commentCount\n    viewerReactions\n    author {\n      displayName\n    }\n    municipality {\n      name\n      state\n    }\n    volunteerGroup {\n      name\n    }\n    crisis {\n      name\n    }\n  }\n',
): typeof import('./graphql').ExperiencesFeedFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExperiencesFeed($first: Int) {\n    experiences(first: $first) {\n      edges {\n        cursor\n        node {\n          ...ExperiencesFeedFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').ExperiencesFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ExperiencesFields on Experience {\n    id\n    title\n    summary\n    situation\n    actions\n    outcome\n    rootCause\n    transferability\n    hazards\n    phase\n    fieldsOfAction\n    actors\n    status\n    visibility\n    publishedAt\n    createdAt\n    updatedAt\n    helpfulCount\n    thanksCount\n    commentCount\n    viewerReactions\n    moderation {\n      hidden\n    }\n    recommendations {\n      text\n      addressee\n      status\n    }\n    moderationHistory {\n      action\n    }\n    author {\n      id\n      displayName\n      createdAt\n      email\n      emailVerified\n      bannedUntil\n      banReason\n    }\n    municipality {\n      id\n      name\n      kind\n      officialKey\n      state\n      population\n      parent {\n        id\n        name\n      }\n    }\n    volunteerGroup {\n      id\n      name\n      kind\n      description\n      website\n      homeMunicipality {\n        id\n      }\n    }\n    crisis {\n      id\n      name\n      hazard\n      description\n      startsOn\n      endsOn\n    }\n    seminarSession {\n      id\n    }\n    thread {\n      id\n      commentCount\n    }\n  }\n',
): typeof import('./graphql').ExperiencesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExperiencesOneInFull($id: ID!) {\n    experience(id: $id) {\n      ...ExperiencesFields\n    }\n  }\n',
): typeof import('./graphql').ExperiencesOneInFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExperiencesListInFull {\n    experiences(first: 100) {\n      nodes {\n        ...ExperiencesFields\n      }\n    }\n  }\n',
): typeof import('./graphql').ExperiencesListInFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LessonFollowsFollow($targetId: ID!, $level: FollowLevel!) {\n    follow(input: { targetId: $targetId, level: $level }) {\n      level\n      target {\n        __typename\n      }\n    }\n  }\n',
): typeof import('./graphql').LessonFollowsFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LessonFollowsFollowHazard($hazard: Hazard!) {\n    followHazard(input: { hazard: $hazard, level: WATCHING }) {\n      hazard\n      level\n    }\n  }\n',
): typeof import('./graphql').LessonFollowsFollowHazardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LessonFollowsUnfollowHazard($hazard: Hazard!) {\n    unfollowHazard(input: { hazard: $hazard }) {\n      level\n    }\n  }\n',
): typeof import('./graphql').LessonFollowsUnfollowHazardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LessonFollowsNotifications {\n    viewer {\n      followedHazards {\n        hazard\n        level\n      }\n      notifications(first: 20) {\n        nodes {\n          kind\n          actor {\n            displayName\n          }\n          experience {\n            title\n          }\n          thread {\n            title\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').LessonFollowsNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LessonFollowsLevels($experienceId: ID!, $municipalityId: ID!) {\n    experience(id: $experienceId) {\n      viewerFollowLevel\n    }\n    municipality(id: $municipalityId) {\n      viewerFollowLevel\n    }\n  }\n',
): typeof import('./graphql').LessonFollowsLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n        mutation LessonFollowsPublish($id: ID!) {\n          publishExperience(input: { id: $id }) {\n            experience {\n              status\n            }\n          }\n        }\n      ',
): typeof import('./graphql').LessonFollowsPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n      query LessonFollowsGroupLevel($id: ID!) {\n        volunteerGroup(id: $id) {\n          viewerFollowLevel\n        }\n      }\n    ',
): typeof import('./graphql').LessonFollowsGroupLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccountRecoveryRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        emailVerified\n      }\n    }\n  }\n',
): typeof import('./graphql').AccountRecoveryRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccountRecoveryLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n',
): typeof import('./graphql').AccountRecoveryLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountRecoveryViewer {\n    viewer {\n      id\n      email\n      emailVerified\n    }\n  }\n',
): typeof import('./graphql').AccountRecoveryViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccountRecoveryRequestVerification {\n    requestEmailVerification {\n      sentTo\n      expiresAt\n    }\n  }\n',
): typeof import('./graphql').AccountRecoveryRequestVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccountRecoveryVerify($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n      verifiedAt\n    }\n  }\n',
): typeof import('./graphql').AccountRecoveryVerifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccountRecoveryRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      email\n    }\n  }\n',
): typeof import('./graphql').AccountRecoveryRequestResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccountRecoveryReset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n      signedOutSessions\n    }\n  }\n',
): typeof import('./graphql').AccountRecoveryResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccountRecoveryRequestMembership($m: ID!) {\n    requestMembership(input: { municipalityId: $m, role: STAFF, position: "Bauamt" }) {\n      membership {\n        id\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').AccountRecoveryRequestMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountRecoveryUserNode($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        email\n        emailVerified\n      }\n    }\n  }\n',
): typeof import('./graphql').AccountRecoveryUserNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IdentityRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n',
): typeof import('./graphql').IdentityRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IdentityLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').IdentityLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IdentityViewer {\n    viewer {\n      id\n      email\n    }\n  }\n',
): typeof import('./graphql').IdentityViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IdentityPlatformRoles($id: ID!) {\n    viewer {\n      platformRoles\n    }\n    node(id: $id) {\n      ... on User {\n        displayName\n        platformRoles\n      }\n    }\n  }\n',
): typeof import('./graphql').IdentityPlatformRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LoginThrottlingLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').LoginThrottlingLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SessionsLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').SessionsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SessionsRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n      }\n    }\n  }\n',
): typeof import('./graphql').SessionsRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionsList {\n    viewer {\n      id\n      sessions {\n        id\n        createdAt\n        lastUsedAt\n        userAgent\n        current\n      }\n    }\n  }\n',
): typeof import('./graphql').SessionsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SessionsRevoke($id: ID!) {\n    revokeSession(input: { sessionId: $id }) {\n      sessionId\n    }\n  }\n',
): typeof import('./graphql').SessionsRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SessionsSignOut {\n    signOut {\n      sessionId\n    }\n  }\n',
): typeof import('./graphql').SessionsSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SessionsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n      user {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').SessionsChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionsViewer {\n    viewer {\n      id\n    }\n  }\n',
): typeof import('./graphql').SessionsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MembershipsRequest($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      membership {\n        id\n        role\n        status\n        position\n      }\n    }\n  }\n',
): typeof import('./graphql').MembershipsRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MembershipsDecide($input: DecideMembershipInput!) {\n    decideMembership(input: $input) {\n      membership {\n        id\n        status\n        decisionReason\n        decidedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').MembershipsDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MembershipsRevoke($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input) {\n      membership {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n',
): typeof import('./graphql').MembershipsRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MembershipsMine {\n    viewer {\n      memberships {\n        id\n        role\n        status\n        decisionReason\n        municipality {\n          name\n        }\n        volunteerGroup {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').MembershipsMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MembershipsRequests {\n    membershipRequests {\n      id\n      user {\n        displayName\n      }\n    }\n  }\n',
): typeof import('./graphql').MembershipsRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MembershipsPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').MembershipsPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MembershipsOfUser($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        memberships {\n          status\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').MembershipsOfUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VisibilityExperience($id: ID!) {\n    experience(id: $id) {\n      id\n    }\n  }\n',
): typeof import('./graphql').VisibilityExperienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VisibilityFeed {\n    experiences(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').VisibilityFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VisibilityNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n',
): typeof import('./graphql').VisibilityNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VisibilityThreads {\n    threads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').VisibilityThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VisibilityThread($id: ID!) {\n    thread(id: $id) {\n      id\n      comments {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').VisibilityThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VisibilitySearch($q: String!) {\n    search(query: $q) {\n      nodes {\n        node {\n          ... on Experience {\n            id\n          }\n          ... on Thread {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').VisibilitySearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VisibilityReply($t: ID!) {\n    addComment(input: { threadId: $t, body: "Antwort" }) {\n      comment {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').VisibilityReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VisibilityThank($c: ID!) {\n    addReaction(input: { targetId: $c, kind: THANKS }) {\n      active\n    }\n  }\n',
): typeof import('./graphql').VisibilityThankDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VisibilityCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').VisibilityCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationAddComment($t: ID!, $body: String!) {\n    addComment(input: { threadId: $t, body: $body }) {\n      comment {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationAddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationFlag($id: ID!, $reason: FlagReason! = OFFENSIVE, $note: String) {\n    flagContent(input: { targetId: $id, reason: $reason, note: $note }) {\n      targetHidden\n      flag {\n        id\n        reason\n        note\n      }\n      target {\n        __typename\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationFlagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationHide($id: ID!, $reason: String!) {\n    hideContent(input: { targetId: $id, reason: $reason }) {\n      target {\n        __typename\n      }\n      action {\n        action\n        reason\n        actor {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationHideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationRestore($id: ID!, $reason: String!) {\n    restoreContent(input: { targetId: $id, reason: $reason }) {\n      action {\n        action\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationDismiss($id: ID!, $reason: String!) {\n    dismissFlags(input: { targetId: $id, reason: $reason }) {\n      action {\n        action\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationDismissDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationComment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Comment {\n        body\n        bodyHtml\n        moderation {\n          hidden\n          reason\n          automatic\n        }\n        moderationHistory {\n          action\n          reason\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationThread($id: ID!) {\n    thread(id: $id) {\n      title\n      body\n      bodyHtml\n      locked\n      lockReason\n      kind\n      seminarSession {\n        id\n      }\n      moderation {\n        hidden\n        reason\n      }\n      moderationHistory {\n        action\n        reason\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationQueue {\n    moderationQueue(first: 50) {\n      nodes {\n        flagCount\n        firstFlaggedAt\n        reasons {\n          reason\n          count\n        }\n        flags {\n          reason\n          note\n          reporter {\n            displayName\n          }\n        }\n        target {\n          __typename\n          ... on Comment {\n            id\n            body\n          }\n          ... on Thread {\n            id\n            title\n          }\n          ... on Experience {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationQueueInContext {\n    moderationQueue(first: 50) {\n      nodes {\n        target {\n          ... on Comment {\n            id\n            body\n            thread {\n              title\n              visibility\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationQueueInContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationQueuePage($after: String) {\n    moderationQueue(first: 1, after: $after) {\n      nodes {\n        target {\n          ... on Comment {\n            id\n          }\n          ... on Thread {\n            id\n          }\n          ... on Experience {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationQueuePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationQueueAfter($a: String) {\n    moderationQueue(after: $a) {\n      nodes {\n        flagCount\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationQueueAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationLog($s: ID) {\n    moderationLog(first: 50, subjectId: $s) {\n      nodes {\n        action\n        reason\n        subjectId\n        until\n        flagCount\n        actor {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationLogSubjects($first: Int!) {\n    moderationLog(first: $first) {\n      nodes {\n        action\n        actor {\n          displayName\n        }\n        subject {\n          __typename\n          ... on Comment {\n            id\n            body\n            author {\n              displayName\n            }\n            thread {\n              id\n              title\n              experience {\n                id\n                title\n              }\n            }\n          }\n          ... on Thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n          ... on Experience {\n            id\n            title\n          }\n          ... on User {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationLogSubjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationLogPage($after: String) {\n    moderationLog(first: 2, after: $after) {\n      nodes {\n        subjectId\n        action\n      }\n      pageInfo {\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationLogPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationLogAfter($a: String) {\n    moderationLog(after: $a) {\n      nodes {\n        action\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationLogAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationBan($input: BanUserInput!) {\n    banUser(input: $input) {\n      user {\n        id\n        bannedUntil\n        banReason\n      }\n      action {\n        action\n        until\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationBanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationUnban($u: ID!) {\n    unbanUser(input: { userId: $u, reason: "Einsicht gezeigt" }) {\n      user {\n        bannedUntil\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationUnbanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationErase($u: ID!) {\n    erasePersonalData(input: { userId: $u, reason: "Antrag per E-Mail vom 30.11.2026" }) {\n      user {\n        displayName\n      }\n      action {\n        action\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationEraseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationLock($t: ID!) {\n    lockThread(input: { threadId: $t, reason: "Diskussion entgleist" }) {\n      thread {\n        locked\n        lockReason\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationUnlock($t: ID!) {\n    unlockThread(input: { threadId: $t, reason: "Wieder offen" }) {\n      thread {\n        locked\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationUnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationMove($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      thread {\n        kind\n        seminarSession {\n          id\n        }\n      }\n      action {\n        action\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationThreads {\n    threads(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationFeed {\n    experiences(first: 100) {\n      nodes {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationSearch($q: String!) {\n    search(query: $q) {\n      nodes {\n        node {\n          ... on Thread {\n            id\n          }\n          ... on Experience {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationHiddenExperience($id: ID!) {\n    experience(id: $id) {\n      title\n      summary\n      recommendations {\n        text\n      }\n      moderation {\n        reason\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationHiddenExperienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationExperienceTitle($id: ID!) {\n    experience(id: $id) {\n      title\n    }\n  }\n',
): typeof import('./graphql').ModerationExperienceTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationDiscussionTitle($id: ID!) {\n    experience(id: $id) {\n      thread {\n        title\n        moderation {\n          reason\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationDiscussionTitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationFollowUps($id: ID!) {\n    seminarSession(id: $id) {\n      followUpThreads(first: 10) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationViewerBan {\n    viewer {\n      bannedUntil\n      banReason\n    }\n  }\n',
): typeof import('./graphql').ModerationViewerBanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationUserBan($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on User {\n        bannedUntil\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationUserBanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationDeleteComment($c: ID!) {\n    deleteComment(input: { commentId: $c }) {\n      comment {\n        deleted\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationDeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationViewerId {\n    viewer {\n      id\n    }\n  }\n',
): typeof import('./graphql').ModerationViewerIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ModerationLogin($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n',
): typeof import('./graphql').ModerationLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationErasedComment($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Comment {\n        body\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationErasedCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationThreadAuthor($id: ID!) {\n    thread(id: $id) {\n      author {\n        displayName\n      }\n    }\n  }\n',
): typeof import('./graphql').ModerationThreadAuthorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalitiesList($first: Int, $after: String, $state: Bundesland, $kind: MunicipalityKind, $parentId: ID, $nameContains: String) {\n    municipalities(first: $first, after: $after, state: $state, kind: $kind, parentId: $parentId, nameContains: $nameContains) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      nodes {\n        id\n        name\n        kind\n        state\n        officialKey\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').MunicipalitiesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalitiesOne($id: ID, $officialKey: String) {\n    municipality(id: $id, officialKey: $officialKey) {\n      id\n      name\n      kind\n      state\n      officialKey\n      population\n      parent {\n        id\n        name\n        kind\n        officialKey\n        parent {\n          id\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').MunicipalitiesOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalitiesByKeyAndId($id: ID) {\n    municipality(officialKey: "07131", id: $id) {\n      id\n    }\n  }\n',
): typeof import('./graphql').MunicipalitiesByKeyAndIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalitiesNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Municipality {\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').MunicipalitiesNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalitiesParents {\n    municipalities(first: 100, state: RP) {\n      nodes {\n        name\n        parent {\n          name\n          officialKey\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').MunicipalitiesParentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MailSettings {\n    viewer {\n      notificationMailSettings {\n        kind\n        delivery\n      }\n    }\n  }\n',
): typeof import('./graphql').MailSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MailSetDelivery($input: SetNotificationMailDeliveryInput!) {\n    setNotificationMailDelivery(input: $input) {\n      kind\n      delivery\n    }\n  }\n',
): typeof import('./graphql').MailSetDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MailUnsubscribe($input: UnsubscribeNotificationMailsInput!) {\n    unsubscribeNotificationMails(input: $input) {\n      kind\n    }\n  }\n',
): typeof import('./graphql').MailUnsubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MailMarkAllRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n',
): typeof import('./graphql').MailMarkAllReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationsList($first: Int, $after: String, $unreadOnly: Boolean) {\n    viewer {\n      unreadNotificationCount\n      notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n        nodes {\n          id\n          kind\n          read\n          actor {\n            displayName\n          }\n          thread {\n            title\n          }\n          comment {\n            body\n          }\n          seminarSession {\n            title\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationsOfSomeoneElse($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        notifications {\n          nodes {\n            kind\n          }\n        }\n        unreadNotificationCount\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsOfSomeoneElseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsFollow($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      target {\n        ... on Thread {\n          title\n          viewerFollowLevel\n        }\n        ... on SeminarSession {\n          title\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsFollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsUnfollow($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n    }\n  }\n',
): typeof import('./graphql').NotificationsUnfollowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n',
): typeof import('./graphql').NotificationsMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationsThreadState($id: ID!) {\n    node(id: $id) {\n      ... on Thread {\n        viewerFollowLevel\n        viewerNewCommentCount\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsThreadStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsMarkSeen($input: MarkThreadSeenInput!) {\n    markThreadSeen(input: $input) {\n      thread {\n        viewerNewCommentCount\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsMarkSeenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsCreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsCreateSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsCreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsCreateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsRegister($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        status\n      }\n      session {\n        viewerFollowLevel\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsCancelRegistration($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsCancelRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsFollowSeries($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      target {\n        ... on SeminarSeries {\n          title\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsFollowSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsCancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        cancelledAt\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsCancelSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsRequestMembership($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      membership {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsRequestMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsDecideMembership($input: DecideMembershipInput!) {\n    decideMembership(input: $input) {\n      membership {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsDecideMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsHide($input: ModerateContentInput!) {\n    hideContent(input: $input) {\n      action {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsHideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsRestore($input: ModerateContentInput!) {\n    restoreContent(input: $input) {\n      action {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationsDecisions {\n    viewer {\n      notifications(first: 5) {\n        nodes {\n          kind\n          actor {\n            displayName\n          }\n          membership {\n            status\n            decisionReason\n          }\n          comment {\n            body\n            moderation {\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').NotificationsDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RateLimitViewer {\n    viewer {\n      id\n    }\n  }\n',
): typeof import('./graphql').RateLimitViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RateLimitViewerTwice {\n    a: viewer {\n      id\n    }\n    b: viewer {\n      id\n    }\n  }\n',
): typeof import('./graphql').RateLimitViewerTwiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RedisOutageMunicipalities {\n    municipalities(first: 1) {\n      nodes {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').RedisOutageMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchHits($q: String!, $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $q, filter: $filter, first: $first, after: $after) {\n      nodes {\n        rank\n        snippet\n        node {\n          __typename\n          ... on Experience {\n            id\n            title\n          }\n          ... on Thread {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').SearchHitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrganisingCreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n        title\n        organisers\n        organisingMunicipalities {\n          name\n        }\n        organisingVolunteerGroups {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').OrganisingCreateSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrganisingUpdateSeries($input: UpdateSeminarSeriesInput!) {\n    updateSeminarSeries(input: $input) {\n      series {\n        title\n        description\n      }\n    }\n  }\n',
): typeof import('./graphql').OrganisingUpdateSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrganisingCreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n        title\n        topic\n        startsAt\n        endsAt\n        timeZone\n        capacity\n        onlineUrl\n        registrationClosesAt\n        isUpcoming\n        cancelledAt\n        series {\n          title\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').OrganisingCreateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrganisingUpdateSession($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        title\n        topic\n        capacity\n        startsAt\n      }\n    }\n  }\n',
): typeof import('./graphql').OrganisingUpdateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrganisingCancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        cancelledAt\n        cancelReason\n      }\n    }\n  }\n',
): typeof import('./graphql').OrganisingCancelSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrganisingAddSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n        name\n        confirmation\n      }\n      session {\n        speakers {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').OrganisingAddSpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrganisingUpdateSpeaker($input: UpdateSeminarSpeakerInput!) {\n    updateSeminarSpeaker(input: $input) {\n      speaker {\n        name\n        confirmation\n        role\n      }\n    }\n  }\n',
): typeof import('./graphql').OrganisingUpdateSpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OrganisingRemoveSpeaker($input: RemoveSeminarSpeakerInput!) {\n    removeSeminarSpeaker(input: $input) {\n      speaker {\n        name\n      }\n      session {\n        speakers {\n          name\n          role\n          confirmation\n          municipality {\n            name\n          }\n          volunteerGroup {\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').OrganisingRemoveSpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisingCanOrganise($seriesId: ID!, $sessionId: ID!) {\n    seminarSeries(id: $seriesId) {\n      viewerCanOrganise\n    }\n    seminarSession(id: $sessionId) {\n      viewerCanOrganise\n    }\n  }\n',
): typeof import('./graphql').OrganisingCanOrganiseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisingSpeakingAt {\n    viewer {\n      speakingAt {\n        title\n        startsAt\n      }\n    }\n  }\n',
): typeof import('./graphql').OrganisingSpeakingAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisingTwoSpeakers($a: ID!, $b: ID!) {\n    a: node(id: $a) {\n      ... on User {\n        speakingAt {\n          title\n        }\n      }\n    }\n    b: node(id: $b) {\n      ... on User {\n        speakingAt {\n          title\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').OrganisingTwoSpeakersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisingUpcoming {\n    seminarSessions(when: UPCOMING, first: 10) {\n      nodes {\n        title\n        cancelledAt\n      }\n    }\n  }\n',
): typeof import('./graphql').OrganisingUpcomingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegistrationCreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').RegistrationCreateSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegistrationCreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').RegistrationCreateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegistrationAddSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').RegistrationAddSpeakerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegistrationUpdateSession($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        capacity\n        registeredCount\n        waitlistCount\n      }\n    }\n  }\n',
): typeof import('./graphql').RegistrationUpdateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegistrationCancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        cancelledAt\n        registrationOpen\n      }\n    }\n  }\n',
): typeof import('./graphql').RegistrationCancelSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegistrationRegister($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      session {\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n',
): typeof import('./graphql').RegistrationRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegistrationCancel($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        status\n        cancelledAt\n      }\n      session {\n        registeredCount\n        waitlistCount\n      }\n    }\n  }\n',
): typeof import('./graphql').RegistrationCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegistrationSetReminder($input: SetSeminarReminderInput!) {\n    setSeminarReminder(input: $input) {\n      registration {\n        reminder\n      }\n    }\n  }\n',
): typeof import('./graphql').RegistrationSetReminderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegistrationSetReminders($reminders: Boolean!) {\n    setSeminarReminders(input: { reminders: $reminders })\n  }\n',
): typeof import('./graphql').RegistrationSetRemindersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegistrationMyReminders {\n    viewer {\n      seminarReminders\n      seminarRegistrations {\n        reminder\n        session {\n          title\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegistrationMyRemindersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegistrationAttendance($input: MarkSeminarAttendanceInput!) {\n    markSeminarAttendance(input: $input) {\n      registration {\n        attended\n      }\n      session {\n        attendanceCount\n      }\n    }\n  }\n',
): typeof import('./graphql').RegistrationAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegistrationSession($id: ID!) {\n    seminarSession(id: $id) {\n      title\n      onlineUrl\n      registrationOpen\n      registeredCount\n      waitlistCount\n      seatsLeft\n      viewerRegistration {\n        status\n        waitlistPosition\n      }\n      registrations(first: 20) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          promotedAt\n          user {\n            displayName\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegistrationSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegistrationMine {\n    viewer {\n      seminarRegistrations {\n        status\n        session {\n          title\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegistrationMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsSessions($first: Int, $after: String, $when: SeminarTimeFilter!, $seriesId: ID) {\n    seminarSessions(first: $first, after: $after, when: $when, seriesId: $seriesId) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n        isUpcoming\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').SeminarsSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsSessionTitlesByDefault {\n    seminarSessions(first: 100) {\n      nodes {\n        title\n      }\n    }\n  }\n',
): typeof import('./graphql').SeminarsSessionTitlesByDefaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsSession($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      startsAt\n      endsAt\n      onlineUrl\n      isUpcoming\n      series {\n        id\n        title\n        organisers\n      }\n      speakers {\n        name\n        role\n        organisation\n        confirmation\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SeminarsSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsSessionsWithSpeakers($first: Int, $when: SeminarTimeFilter!) {\n    seminarSessions(first: $first, when: $when) {\n      nodes {\n        title\n        series {\n          title\n        }\n        speakers {\n          name\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SeminarsSessionsWithSpeakersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsSessionNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on SeminarSession {\n        title\n        startsAt\n      }\n    }\n  }\n',
): typeof import('./graphql').SeminarsSessionNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsSeries($id: ID!, $first: Int, $after: String) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      sessions(first: $first, after: $after) {\n        nodes {\n          id\n          title\n          startsAt\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SeminarsSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsPastSessionsWithProgramme {\n    seminarSessions(first: 100, when: PAST) {\n      nodes {\n        title\n        series {\n          title\n          sessions(first: 1) {\n            nodes {\n              title\n            }\n            pageInfo {\n              hasNextPage\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SeminarsPastSessionsWithProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsSeriesNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on SeminarSeries {\n        title\n      }\n    }\n  }\n',
): typeof import('./graphql').SeminarsSeriesNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SeminarsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n        kind\n        title\n        bodyHtml\n        author {\n          displayName\n        }\n        seminarSession {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SeminarsCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsFollowUps($id: ID!, $first: Int, $after: String) {\n    seminarSession(id: $id) {\n      followUpThreads(first: $first, after: $after) {\n        nodes {\n          id\n          title\n          kind\n          author {\n            displayName\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SeminarsFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsThreadsOfSession($s: ID) {\n    threads(seminarSessionId: $s) {\n      nodes {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').SeminarsThreadsOfSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsPastSessionsWithFollowUps($first: Int) {\n    seminarSessions(first: $first, when: PAST) {\n      nodes {\n        title\n        followUpThreads(first: 5) {\n          nodes {\n            title\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SeminarsPastSessionsWithFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FactoryCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').FactoryCreateExperienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FactoryPublishExperience($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').FactoryPublishExperienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FactoryCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').FactoryCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FactoryAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').FactoryAddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GroupRegistrationRegister($input: RegisterVolunteerGroupInput!) {\n    registerVolunteerGroup(input: $input) {\n      volunteerGroup {\n        id\n        name\n        kind\n        status\n        description\n        website\n        viewerCanEdit\n        viewerCanDecide\n        homeMunicipality {\n          name\n        }\n        municipalitiesServed {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').GroupRegistrationRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GroupRegistrationGroup($id: ID!) {\n    volunteerGroup(id: $id) {\n      id\n      name\n      status\n      website\n      decisionReason\n      decidedAt\n      viewerCanEdit\n      viewerCanDecide\n    }\n  }\n',
): typeof import('./graphql').GroupRegistrationGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GroupRegistrationList($status: VolunteerGroupStatus) {\n    volunteerGroups(first: 100, status: $status) {\n      nodes {\n        name\n        status\n        viewerCanDecide\n      }\n    }\n  }\n',
): typeof import('./graphql').GroupRegistrationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GroupRegistrationConfirm($id: ID!) {\n    confirmVolunteerGroup(input: { id: $id }) {\n      volunteerGroup {\n        status\n        decidedAt\n        viewerCanDecide\n      }\n    }\n  }\n',
): typeof import('./graphql').GroupRegistrationConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GroupRegistrationReject($id: ID!, $reason: String!) {\n    rejectVolunteerGroup(input: { id: $id, reason: $reason }) {\n      volunteerGroup {\n        status\n        decisionReason\n      }\n    }\n  }\n',
): typeof import('./graphql').GroupRegistrationRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GroupRegistrationUpdate($input: UpdateVolunteerGroupInput!) {\n    updateVolunteerGroup(input: $input) {\n      volunteerGroup {\n        name\n        description\n        website\n        homeMunicipality {\n          name\n        }\n        municipalitiesServed {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').GroupRegistrationUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GroupRegistrationMine {\n    viewer {\n      memberships {\n        role\n        status\n        decisionReason\n        volunteerGroup {\n          name\n        }\n      }\n      notifications(first: 5) {\n        nodes {\n          kind\n          membership {\n            role\n            status\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').GroupRegistrationMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GroupRegistrationRequests {\n    membershipRequests {\n      role\n      volunteerGroup {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').GroupRegistrationRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GroupRegistrationJoin($g: ID!) {\n    requestMembership(input: { volunteerGroupId: $g, role: MEMBER, position: "Helferin" }) {\n      membership {\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').GroupRegistrationJoinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VolunteerGroupsList($first: Int, $after: String, $kind: VolunteerGroupKind, $municipalityId: ID, $nameContains: String) {\n    volunteerGroups(first: $first, after: $after, kind: $kind, municipalityId: $municipalityId, nameContains: $nameContains) {\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n      nodes {\n        id\n        name\n        kind\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').VolunteerGroupsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VolunteerGroupsOne($id: ID!) {\n    volunteerGroup(id: $id) {\n      id\n      name\n      kind\n      description\n      website\n      homeMunicipality {\n        id\n        name\n        kind\n        parent {\n          name\n        }\n      }\n      municipalitiesServed {\n        id\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').VolunteerGroupsOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VolunteerGroupsNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on VolunteerGroup {\n        name\n        municipalitiesServed {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').VolunteerGroupsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VolunteerGroupsPageWithPlaces($first: Int, $nameContains: String) {\n    volunteerGroups(first: $first, nameContains: $nameContains) {\n      nodes {\n        id\n        name\n        kind\n        homeMunicipality {\n          name\n          parent {\n            name\n          }\n        }\n        municipalitiesServed {\n          id\n          name\n          parent {\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').VolunteerGroupsPageWithPlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VolunteerGroupsPageWithServedPlaces($first: Int, $nameContains: String) {\n    volunteerGroups(first: $first, nameContains: $nameContains) {\n      nodes {\n        municipalitiesServed {\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').VolunteerGroupsPageWithServedPlacesDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
