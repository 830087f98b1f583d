/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
  '\n  query ViewerRoles {\n    viewer {\n      id\n      platformRoles\n    }\n  }\n': typeof types.ViewerRolesDocument;
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n': typeof types.AddCommentDocument;
  '\n  fragment DiscussionComment on Comment {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    isAcceptedAnswer\n    viewerCanAccept\n    addressedTo {\n      id\n      name\n    }\n    thread {\n      id\n    }\n    author {\n      id\n      displayName\n    }\n    moderation {\n      reason\n      automatic\n    }\n  }\n': typeof types.DiscussionCommentFragmentDoc;
  '\n  query DiscussionComments($threadId: ID!, $after: String) {\n    thread(id: $threadId) {\n      id\n      conclusionHtml\n      comments(first: 20, after: $after) {\n        nodes {\n          ...DiscussionComment\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.DiscussionCommentsDocument;
  '\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      question {\n        id\n        acceptedAnswer {\n          id\n        }\n      }\n      answer {\n        id\n        isAcceptedAnswer\n      }\n    }\n  }\n': typeof types.AcceptAnswerDocument;
  '\n  query DiscussionReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      ... on Comment {\n        id\n        replies(first: 20, after: $after) {\n          nodes {\n            ...DiscussionComment\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n': typeof types.DiscussionRepliesDocument;
  '\n  mutation DraftLessonFromThread($input: DraftLessonFromThreadInput!) {\n    draftLessonFromThread(input: $input) {\n      experience {\n        id\n      }\n    }\n  }\n': typeof types.DraftLessonFromThreadDocument;
  '\n  mutation FlagContent($input: FlagContentInput!) {\n    flagContent(input: $input) {\n      targetHidden\n      target {\n        ... on Comment {\n          id\n          bodyHtml\n          moderation {\n            reason\n            automatic\n          }\n        }\n        ... on Experience {\n          id\n          moderation {\n            reason\n            automatic\n          }\n        }\n        ... on Thread {\n          id\n        }\n      }\n    }\n  }\n': typeof types.FlagContentDocument;
  '\n  fragment FollowResult on FollowPayload {\n    level\n    target {\n      id\n      ... on Municipality {\n        viewerFollowLevel\n      }\n      ... on Crisis {\n        viewerFollowLevel\n      }\n      ... on Experience {\n        viewerFollowLevel\n      }\n      ... on Thread {\n        viewerFollowLevel\n      }\n      ... on VolunteerGroup {\n        viewerFollowLevel\n      }\n    }\n  }\n': typeof types.FollowResultFragmentDoc;
  '\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      ...FollowResult\n    }\n  }\n': typeof types.FollowDocument;
  '\n  mutation Unfollow($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n      ...FollowResult\n    }\n  }\n': typeof types.UnfollowDocument;
  '\n  mutation FollowHazard($input: FollowHazardInput!) {\n    followHazard(input: $input) {\n      hazard\n      level\n    }\n  }\n': typeof types.FollowHazardDocument;
  '\n  mutation UnfollowHazard($input: UnfollowHazardInput!) {\n    unfollowHazard(input: $input) {\n      hazard\n      level\n    }\n  }\n': typeof types.UnfollowHazardDocument;
  '\n  mutation CloseThread($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        id\n        closedAt\n        conclusion\n        conclusionHtml\n        viewerCanClose\n      }\n    }\n  }\n': typeof types.CloseThreadDocument;
  '\n  query FollowedHazards {\n    viewer {\n      id\n      followedHazards {\n        hazard\n        level\n      }\n    }\n  }\n': typeof types.FollowedHazardsDocument;
  '\n  mutation SignOut {\n    signOut {\n      sessionId\n    }\n  }\n': typeof types.SignOutDocument;
  '\n  fragment LessonCard on Experience {\n    id\n    title\n    summary\n    hazards\n    phase\n    publishedAt\n    helpfulCount\n    commentCount\n    municipality {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    volunteerGroup {\n      id\n      name\n    }\n    crisis {\n      id\n      name\n    }\n  }\n': typeof types.LessonCardFragmentDoc;
  '\n  query FilterCrises {\n    crises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n': typeof types.FilterCrisesDocument;
  '\n  query PlaceLessons($filter: ExperienceFilter, $first: Int, $after: String) {\n    experiences(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        ...LessonCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.PlaceLessonsDocument;
  '\n  query MyMemberships {\n    viewer {\n      id\n      emailVerified\n      memberships {\n        id\n        role\n        status\n        position\n        createdAt\n        decisionReason\n        municipality {\n          id\n        }\n        volunteerGroup {\n          id\n        }\n      }\n    }\n  }\n': typeof types.MyMembershipsDocument;
  '\n  mutation RequestMembership($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      membership {\n        id\n        role\n        status\n        position\n        createdAt\n        decisionReason\n        municipality {\n          id\n        }\n        volunteerGroup {\n          id\n        }\n      }\n    }\n  }\n': typeof types.RequestMembershipDocument;
  '\n  query PickerMunicipalities($name: String) {\n    municipalities(first: 20, nameContains: $name) {\n      nodes {\n        id\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n': typeof types.PickerMunicipalitiesDocument;
  '\n  query PickerSelectedMunicipality($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n    }\n  }\n': typeof types.PickerSelectedMunicipalityDocument;
  '\n  query UnreadNotifications {\n    viewer {\n      id\n      unreadNotificationCount\n    }\n  }\n': typeof types.UnreadNotificationsDocument;
  '\n  subscription NotificationBadge {\n    notificationAdded {\n      eventId\n      resync\n      unreadCount\n    }\n  }\n': typeof types.NotificationBadgeDocument;
  '\n  fragment ReactionResult on ReactionPayload {\n    active\n    target {\n      id\n      ... on Experience {\n        helpfulCount\n        thanksCount\n        viewerReactions\n      }\n      ... on Comment {\n        helpfulCount\n        thanksCount\n        viewerReactions\n      }\n    }\n  }\n': typeof types.ReactionResultFragmentDoc;
  '\n  mutation AddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      ...ReactionResult\n    }\n  }\n': typeof types.AddReactionDocument;
  '\n  mutation RemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      ...ReactionResult\n    }\n  }\n': typeof types.RemoveReactionDocument;
  '\n  query LessonPage($id: ID!) {\n    experience(id: $id) {\n      id\n      title\n      summary\n      situationHtml\n      actionsHtml\n      outcomeHtml\n      rootCauseHtml\n      transferabilityHtml\n      hazards\n      phase\n      fieldsOfAction\n      actors\n      publishedAt\n      helpfulCount\n      thanksCount\n      viewerReactions\n      moderation {\n        reason\n        automatic\n      }\n      recommendations {\n        text\n        addressee\n        status\n      }\n      author {\n        id\n        displayName\n      }\n      viewerFollowLevel\n      municipality {\n        id\n        name\n        parent {\n          id\n          name\n        }\n      }\n      volunteerGroup {\n        id\n        name\n      }\n      crisis {\n        id\n        name\n      }\n      seminarSession {\n        title\n        startsAt\n        endsAt\n      }\n      thread {\n        id\n        commentCount\n        locked\n        lockReason\n      }\n    }\n  }\n': typeof types.LessonPageDocument;
  '\n  query NotificationsPage {\n    viewer {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        nodes {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            displayName\n          }\n          thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n          comment {\n            id\n          }\n          experience {\n            id\n            title\n          }\n          seminarSession {\n            id\n            title\n          }\n          membership {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.NotificationsPageDocument;
  '\n  subscription NotificationsPageLive {\n    notificationAdded {\n      eventId\n      resync\n      unreadCount\n    }\n  }\n': typeof types.NotificationsPageLiveDocument;
  '\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n': typeof types.MarkAllNotificationsReadDocument;
  '\n  query SearchPage($query: String!, $after: String) {\n    search(query: $query, first: 20, after: $after) {\n      nodes {\n        snippet\n        node {\n          __typename\n          ... on Experience {\n            id\n            title\n            municipality {\n              name\n            }\n          }\n          ... on Thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SearchPageDocument;
  '\n  query StartLessons($filter: ExperienceFilter, $orderBy: ExperienceOrder, $first: Int, $after: String) {\n    experiences(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        id\n        ...LessonCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.StartLessonsDocument;
  '\n  query StartUpcomingSessions {\n    seminarSessions(first: 3, when: UPCOMING) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n        series {\n          title\n        }\n      }\n    }\n  }\n': typeof types.StartUpcomingSessionsDocument;
  '\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      bodyHtml\n      createdAt\n      commentCount\n      locked\n      lockReason\n      closedAt\n      viewerCanClose\n      viewerFollowLevel\n      author {\n        id\n        displayName\n      }\n      experience {\n        id\n        title\n      }\n      seminarSession {\n        id\n        title\n        speakers {\n          id\n          name\n          confirmation\n        }\n      }\n    }\n  }\n': typeof types.ThreadPageDocument;
  '\n  mutation LockThread($input: LockThreadInput!) {\n    lockThread(input: $input) {\n      thread {\n        id\n        locked\n        lockReason\n      }\n    }\n  }\n': typeof types.LockThreadDocument;
  '\n  mutation UnlockThread($input: LockThreadInput!) {\n    unlockThread(input: $input) {\n      thread {\n        id\n        locked\n        lockReason\n      }\n    }\n  }\n': typeof types.UnlockThreadDocument;
  '\n  query AccountPage {\n    viewer {\n      id\n      displayName\n      email\n      emailVerified\n      bannedUntil\n      banReason\n      platformRoles\n      sessions {\n        id\n        createdAt\n        lastUsedAt\n        userAgent\n        current\n      }\n      memberships {\n        id\n        role\n        status\n        position\n        decisionReason\n        createdAt\n        decidedAt\n        municipality {\n          id\n          name\n        }\n        volunteerGroup {\n          id\n          name\n        }\n      }\n      notificationMailSettings {\n        kind\n        delivery\n      }\n      seminarReminders\n    }\n  }\n': typeof types.AccountPageDocument;
  '\n  mutation RevokeDevice($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      sessionId\n    }\n  }\n': typeof types.RevokeDeviceDocument;
  '\n  mutation SetMailDelivery($input: SetNotificationMailDeliveryInput!) {\n    setNotificationMailDelivery(input: $input) {\n      kind\n      delivery\n    }\n  }\n': typeof types.SetMailDeliveryDocument;
  '\n  mutation LeaveMembership($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input) {\n      membership {\n        id\n        status\n        decidedAt\n        decisionReason\n      }\n    }\n  }\n': typeof types.LeaveMembershipDocument;
  '\n  mutation SetReminders($reminders: Boolean!) {\n    setSeminarReminders(input: { reminders: $reminders })\n  }\n': typeof types.SetRemindersDocument;
  '\n  query MembershipRequestsPage {\n    membershipRequests {\n      id\n      role\n      position\n      createdAt\n      user {\n        id\n        displayName\n      }\n      municipality {\n        id\n        name\n      }\n      volunteerGroup {\n        id\n        name\n      }\n    }\n  }\n': typeof types.MembershipRequestsPageDocument;
  '\n  mutation DecideMembership($input: DecideMembershipInput!) {\n    decideMembership(input: $input) {\n      membership {\n        id\n        status\n        decisionReason\n        decidedAt\n      }\n    }\n  }\n': typeof types.DecideMembershipDocument;
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      email\n    }\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n    }\n  }\n': typeof types.VerifyEmailDocument;
  '\n  query CrisisProposalsPage {\n    proposals: crises(status: PROPOSED, first: 100) {\n      nodes {\n        id\n        name\n        description\n        hazards\n        startsOn\n        endsOn\n        proposedBy {\n          id\n          displayName\n        }\n        affectedMunicipalities {\n          id\n          name\n        }\n      }\n    }\n    confirmed: crises(first: 100) {\n      nodes {\n        id\n        name\n        startsOn\n        endsOn\n      }\n    }\n  }\n': typeof types.CrisisProposalsPageDocument;
  '\n  mutation ConfirmCrisis($input: CrisisIdInput!) {\n    confirmCrisis(input: $input) {\n      crisis {\n        id\n        status\n      }\n    }\n  }\n': typeof types.ConfirmCrisisDocument;
  '\n  mutation RejectCrisis($input: RejectCrisisInput!) {\n    rejectCrisis(input: $input) {\n      crisis {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n': typeof types.RejectCrisisDocument;
  '\n  mutation MergeCrisis($input: MergeCrisisInput!) {\n    mergeCrisis(input: $input) {\n      crisis {\n        id\n        status\n        mergedInto {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.MergeCrisisDocument;
  '\n  query ModerationLog($after: String) {\n    moderationLog(first: 30, after: $after) {\n      nodes {\n        id\n        action\n        reason\n        createdAt\n        flagCount\n        until\n        actor {\n          id\n          displayName\n        }\n        subject {\n          ...ModerationLogSubject\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ModerationLogDocument;
  '\n  fragment ModerationLogSubject on ModerationLogSubject {\n    __typename\n    ... on Comment {\n      id\n      author {\n        id\n        displayName\n      }\n      thread {\n        id\n        title\n        experience {\n          id\n          title\n        }\n      }\n    }\n    ... on Experience {\n      id\n      title\n    }\n    ... on Thread {\n      id\n      title\n      experience {\n        id\n      }\n    }\n    ... on User {\n      id\n      displayName\n    }\n  }\n': typeof types.ModerationLogSubjectFragmentDoc;
  '\n  fragment QueueItem on FlaggedContent {\n    flagCount\n    firstFlaggedAt\n    lastFlaggedAt\n    reasons {\n      reason\n      count\n    }\n    flags {\n      id\n      reason\n      note\n      createdAt\n      reporter {\n        id\n        displayName\n      }\n    }\n    target {\n      __typename\n      ... on Comment {\n        id\n        bodyHtml\n        createdAt\n        deleted\n        author {\n          id\n          displayName\n        }\n        moderation {\n          reason\n          automatic\n        }\n        thread {\n          id\n          title\n          experience {\n            id\n            title\n          }\n        }\n      }\n      ... on Experience {\n        id\n        title\n        summary\n        createdAt\n        author {\n          id\n          displayName\n        }\n        moderation {\n          reason\n          automatic\n        }\n      }\n      ... on Thread {\n        id\n        title\n        openingHtml: bodyHtml\n        createdAt\n        author {\n          id\n          displayName\n        }\n        moderation {\n          reason\n          automatic\n        }\n        experience {\n          id\n        }\n      }\n    }\n  }\n': typeof types.QueueItemFragmentDoc;
  '\n  query ModerationQueue($after: String) {\n    moderationQueue(first: 20, after: $after) {\n      nodes {\n        ...QueueItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ModerationQueueDocument;
  '\n  mutation HideContent($input: ModerateContentInput!) {\n    hideContent(input: $input) {\n      ...ModerationDecision\n    }\n  }\n': typeof types.HideContentDocument;
  '\n  mutation RestoreContent($input: ModerateContentInput!) {\n    restoreContent(input: $input) {\n      ...ModerationDecision\n    }\n  }\n': typeof types.RestoreContentDocument;
  '\n  mutation DismissFlags($input: DismissFlagsInput!) {\n    dismissFlags(input: $input) {\n      ...ModerationDecision\n    }\n  }\n': typeof types.DismissFlagsDocument;
  '\n  fragment ModerationDecision on ModerateContentPayload {\n    action {\n      id\n      action\n    }\n    target {\n      ... on Comment {\n        id\n        bodyHtml\n        moderation {\n          reason\n          automatic\n        }\n      }\n      ... on Experience {\n        id\n        moderation {\n          reason\n          automatic\n        }\n      }\n      ... on Thread {\n        id\n        moderation {\n          reason\n          automatic\n        }\n      }\n    }\n  }\n': typeof types.ModerationDecisionFragmentDoc;
  '\n  query CrisesPageViewer {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        role\n        status\n        municipality {\n          id\n        }\n      }\n    }\n  }\n': typeof types.CrisesPageViewerDocument;
  '\n  query CrisesPage($after: String) {\n    crises(first: 30, after: $after) {\n      nodes {\n        id\n        name\n        hazards\n        startsOn\n        endsOn\n        affectedMunicipalities {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.CrisesPageDocument;
  '\n  query CrisisPage($id: ID!) {\n    crisis(id: $id) {\n      id\n      name\n      description\n      hazards\n      startsOn\n      endsOn\n      status\n      decisionReason\n      viewerFollowLevel\n      mergedInto {\n        id\n        name\n      }\n      affectedMunicipalities {\n        id\n        name\n      }\n    }\n    viewer {\n      id\n      followedHazards {\n        hazard\n        level\n      }\n    }\n  }\n': typeof types.CrisisPageDocument;
  '\n  query MunicipalityPage($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n      kind\n      state\n      officialKey\n      population\n      viewerFollowLevel\n      parent {\n        id\n        name\n      }\n    }\n    crises(municipalityId: $id, first: 50) {\n      nodes {\n        id\n        name\n        hazards\n        startsOn\n        endsOn\n      }\n    }\n    volunteerGroups(municipalityId: $id, first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.MunicipalityPageDocument;
  '\n  query LandkreisGemeinden($parentId: ID!, $after: String) {\n    municipalities(parentId: $parentId, first: 100, after: $after) {\n      nodes {\n        id\n        name\n        kind\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.LandkreisGemeindenDocument;
  '\n  query ProposeCrisisViewer {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        role\n        status\n        municipality {\n          id\n        }\n      }\n    }\n  }\n': typeof types.ProposeCrisisViewerDocument;
  '\n  query ProposeCrisisMunicipality($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n    }\n  }\n': typeof types.ProposeCrisisMunicipalityDocument;
  '\n  mutation ProposeCrisis($input: ProposeCrisisInput!) {\n    proposeCrisis(input: $input) {\n      crisis {\n        id\n        status\n      }\n    }\n  }\n': typeof types.ProposeCrisisDocument;
  '\n  query MySubscriptions {\n    viewer {\n      id\n      followedHazards {\n        hazard\n        level\n      }\n    }\n  }\n': typeof types.MySubscriptionsDocument;
  '\n  query VolunteerGroupPage($id: ID!) {\n    volunteerGroup(id: $id) {\n      id\n      name\n      kind\n      status\n      viewerFollowLevel\n      description\n      website\n      homeMunicipality {\n        id\n        name\n      }\n      municipalitiesServed {\n        id\n        name\n      }\n    }\n  }\n': typeof types.VolunteerGroupPageDocument;
  '\n  query VolunteerGroupsPage($after: String) {\n    volunteerGroups(first: 50, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        homeMunicipality {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.VolunteerGroupsPageDocument;
  '\n  query ManageSession($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      guidingQuestions\n      startsAt\n      endsAt\n      capacity\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      registeredCount\n      waitlistCount\n      seatsLeft\n      cancelledAt\n      cancelReason\n      isUpcoming\n      minutes\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      attendanceCount\n      registrations(first: 100) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          registeredAt\n          cancelledAt\n          promotedAt\n          attended\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n': typeof types.ManageSessionDocument;
  '\n  mutation UpdateSession($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        id\n        title\n      }\n    }\n  }\n': typeof types.UpdateSessionDocument;
  '\n  mutation AddSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n      session {\n        id\n      }\n    }\n  }\n': typeof types.AddSpeakerDocument;
  '\n  mutation UpdateSpeaker($input: UpdateSeminarSpeakerInput!) {\n    updateSeminarSpeaker(input: $input) {\n      speaker {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      session {\n        id\n      }\n    }\n  }\n': typeof types.UpdateSpeakerDocument;
  '\n  mutation RemoveSpeaker($input: RemoveSeminarSpeakerInput!) {\n    removeSeminarSpeaker(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n': typeof types.RemoveSpeakerDocument;
  '\n  mutation CancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        id\n        cancelledAt\n        cancelReason\n      }\n    }\n  }\n': typeof types.CancelSessionDocument;
  '\n  mutation RecordSession($input: RecordSeminarSessionInput!) {\n    recordSeminarSession(input: $input) {\n      session {\n        id\n        minutes\n        minutesHtml\n        recordingUrl\n      }\n    }\n  }\n': typeof types.RecordSessionDocument;
  '\n  mutation MarkAttendance($input: MarkSeminarAttendanceInput!) {\n    markSeminarAttendance(input: $input) {\n      registration {\n        id\n        attended\n      }\n      session {\n        id\n        attendanceCount\n      }\n    }\n  }\n': typeof types.MarkAttendanceDocument;
  '\n  query NewSessionSeries($id: ID!) {\n    seminarSeries(id: $id) {\n      id\n      title\n      viewerCanOrganise\n    }\n  }\n': typeof types.NewSessionSeriesDocument;
  '\n  mutation CreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n': typeof types.CreateSessionDocument;
  '\n  query SeminarsPage($when: SeminarTimeFilter!, $after: String) {\n    seminarSessions(when: $when, first: 20, after: $after) {\n      nodes {\n        id\n        ...SessionListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SeminarsPageDocument;
  '\n  query SeminarsPageSeries {\n    seminarSessions(when: ALL, first: 100) {\n      nodes {\n        id\n        series {\n          id\n          title\n          description\n          organisers\n        }\n      }\n    }\n  }\n': typeof types.SeminarsPageSeriesDocument;
  '\n  query SeminarsMayStartSeries {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        status\n      }\n    }\n  }\n': typeof types.SeminarsMayStartSeriesDocument;
  '\n  query SeminarsPageMine {\n    viewer {\n      id\n      seminarRegistrations {\n        id\n        session {\n          id\n          isUpcoming\n          ...SessionListItem\n        }\n      }\n    }\n  }\n': typeof types.SeminarsPageMineDocument;
  '\n  query SeriesFormViewer {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        status\n        municipality {\n          id\n          name\n        }\n        volunteerGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.SeriesFormViewerDocument;
  '\n  query EditSeriesPage($id: ID!) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      viewerCanOrganise\n    }\n  }\n': typeof types.EditSeriesPageDocument;
  '\n  mutation CreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n': typeof types.CreateSeriesDocument;
  '\n  mutation UpdateSeries($input: UpdateSeminarSeriesInput!) {\n    updateSeminarSeries(input: $input) {\n      series {\n        id\n        title\n        description\n        organisers\n      }\n    }\n  }\n': typeof types.UpdateSeriesDocument;
  '\n  query SeriesPage($id: ID!, $after: String) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      viewerCanOrganise\n      viewerFollowLevel\n      organisingMunicipalities {\n        id\n        name\n      }\n      organisingVolunteerGroups {\n        id\n        name\n      }\n      sessions(first: 50, after: $after) {\n        nodes {\n          id\n          ...SessionListItem\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.SeriesPageDocument;
  '\n  mutation FollowSeries($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      target {\n        id\n        ... on SeminarSeries {\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n': typeof types.FollowSeriesDocument;
  '\n  mutation UnfollowSeries($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n      target {\n        id\n        ... on SeminarSeries {\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n': typeof types.UnfollowSeriesDocument;
  '\n  fragment SessionListItem on SeminarSession {\n    id\n    title\n    topic\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistCount\n    cancelledAt\n    isUpcoming\n    registrationOpen\n    series {\n      id\n      title\n    }\n    viewerRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n': typeof types.SessionListItemFragmentDoc;
  '\n  query SessionPage($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      startsAt\n      endsAt\n      capacity\n      registeredCount\n      waitlistCount\n      seatsLeft\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      isUpcoming\n      cancelledAt\n      cancelReason\n      onlineUrl\n      guidingQuestions\n      attendanceCount\n      minutesHtml\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      viewerRegistration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      followUpThreads(first: 10) {\n        nodes {\n          id\n          title\n          bodyHtml\n          commentCount\n          closedAt\n          viewerCanClose\n          locked\n          createdAt\n          openQuestions {\n            id\n            bodyHtml\n            author {\n              displayName\n            }\n            addressedTo {\n              id\n              name\n            }\n          }\n        }\n      }\n      lessons {\n        id\n        ...LessonCard\n      }\n    }\n  }\n': typeof types.SessionPageDocument;
  '\n  mutation RegisterForSession($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      session {\n        id\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n': typeof types.RegisterForSessionDocument;
  '\n  mutation CancelSessionRegistration($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      session {\n        id\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n': typeof types.CancelSessionRegistrationDocument;
  '\n  mutation SetSessionReminder($input: SetSeminarReminderInput!) {\n    setSeminarReminder(input: $input) {\n      registration {\n        id\n        reminder\n      }\n      session {\n        id\n      }\n    }\n  }\n': typeof types.SetSessionReminderDocument;
  '\n  query LessonEditorOptions {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        status\n        municipality {\n          id\n          name\n        }\n        volunteerGroup {\n          id\n          name\n        }\n      }\n    }\n    crises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    seminarSessions(first: 50) {\n      nodes {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n': typeof types.LessonEditorOptionsDocument;
  '\n  query LessonEditorDrafts {\n    experiences(first: 20, filter: { status: DRAFT }) {\n      nodes {\n        id\n        title\n        updatedAt\n      }\n    }\n  }\n': typeof types.LessonEditorDraftsDocument;
  '\n  query LessonEditorLesson($id: ID!) {\n    experience(id: $id) {\n      id\n      status\n      updatedAt\n      title\n      summary\n      situation\n      actions\n      outcome\n      rootCause\n      transferability\n      hazards\n      phase\n      visibility\n      fieldsOfAction\n      actors\n      author {\n        id\n      }\n      municipality {\n        id\n        name\n      }\n      volunteerGroup {\n        id\n        name\n      }\n      crisis {\n        id\n      }\n      seminarSession {\n        id\n      }\n      recommendations {\n        text\n        addressee\n        status\n      }\n    }\n  }\n': typeof types.LessonEditorLessonDocument;
  '\n  mutation CreateLesson($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        status\n        updatedAt\n      }\n    }\n  }\n': typeof types.CreateLessonDocument;
  '\n  mutation UpdateLesson($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        id\n        status\n        updatedAt\n      }\n    }\n  }\n': typeof types.UpdateLessonDocument;
  '\n  mutation PublishLesson($input: PublishExperienceInput!) {\n    publishExperience(input: $input) {\n      experience {\n        id\n        status\n      }\n    }\n  }\n': typeof types.PublishLessonDocument;
};
const documents: Documents = {
  '\n  query ViewerRoles {\n    viewer {\n      id\n      platformRoles\n    }\n  }\n': types.ViewerRolesDocument,
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n':
    types.AddCommentDocument,
  '\n  fragment DiscussionComment on Comment {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    isAcceptedAnswer\n    viewerCanAccept\n    addressedTo {\n      id\n      name\n    }\n    thread {\n      id\n    }\n    author {\n      id\n      displayName\n    }\n    moderation {\n      reason\n      automatic\n    }\n  }\n':
    types.DiscussionCommentFragmentDoc,
  '\n  query DiscussionComments($threadId: ID!, $after: String) {\n    thread(id: $threadId) {\n      id\n      conclusionHtml\n      comments(first: 20, after: $after) {\n        nodes {\n          ...DiscussionComment\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.DiscussionCommentsDocument,
  '\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      question {\n        id\n        acceptedAnswer {\n          id\n        }\n      }\n      answer {\n        id\n        isAcceptedAnswer\n      }\n    }\n  }\n':
    types.AcceptAnswerDocument,
  '\n  query DiscussionReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      ... on Comment {\n        id\n        replies(first: 20, after: $after) {\n          nodes {\n            ...DiscussionComment\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n':
    types.DiscussionRepliesDocument,
  '\n  mutation DraftLessonFromThread($input: DraftLessonFromThreadInput!) {\n    draftLessonFromThread(input: $input) {\n      experience {\n        id\n      }\n    }\n  }\n':
    types.DraftLessonFromThreadDocument,
  '\n  mutation FlagContent($input: FlagContentInput!) {\n    flagContent(input: $input) {\n      targetHidden\n      target {\n        ... on Comment {\n          id\n          bodyHtml\n          moderation {\n            reason\n            automatic\n          }\n        }\n        ... on Experience {\n          id\n          moderation {\n            reason\n            automatic\n          }\n        }\n        ... on Thread {\n          id\n        }\n      }\n    }\n  }\n':
    types.FlagContentDocument,
  '\n  fragment FollowResult on FollowPayload {\n    level\n    target {\n      id\n      ... on Municipality {\n        viewerFollowLevel\n      }\n      ... on Crisis {\n        viewerFollowLevel\n      }\n      ... on Experience {\n        viewerFollowLevel\n      }\n      ... on Thread {\n        viewerFollowLevel\n      }\n      ... on VolunteerGroup {\n        viewerFollowLevel\n      }\n    }\n  }\n':
    types.FollowResultFragmentDoc,
  '\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      ...FollowResult\n    }\n  }\n':
    types.FollowDocument,
  '\n  mutation Unfollow($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n      ...FollowResult\n    }\n  }\n':
    types.UnfollowDocument,
  '\n  mutation FollowHazard($input: FollowHazardInput!) {\n    followHazard(input: $input) {\n      hazard\n      level\n    }\n  }\n':
    types.FollowHazardDocument,
  '\n  mutation UnfollowHazard($input: UnfollowHazardInput!) {\n    unfollowHazard(input: $input) {\n      hazard\n      level\n    }\n  }\n':
    types.UnfollowHazardDocument,
  '\n  mutation CloseThread($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        id\n        closedAt\n        conclusion\n        conclusionHtml\n        viewerCanClose\n      }\n    }\n  }\n':
    types.CloseThreadDocument,
  '\n  query FollowedHazards {\n    viewer {\n      id\n      followedHazards {\n        hazard\n        level\n      }\n    }\n  }\n':
    types.FollowedHazardsDocument,
  '\n  mutation SignOut {\n    signOut {\n      sessionId\n    }\n  }\n': types.SignOutDocument,
  '\n  fragment LessonCard on Experience {\n    id\n    title\n    summary\n    hazards\n    phase\n    publishedAt\n    helpfulCount\n    commentCount\n    municipality {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    volunteerGroup {\n      id\n      name\n    }\n    crisis {\n      id\n      name\n    }\n  }\n':
    types.LessonCardFragmentDoc,
  '\n  query FilterCrises {\n    crises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n':
    types.FilterCrisesDocument,
  '\n  query PlaceLessons($filter: ExperienceFilter, $first: Int, $after: String) {\n    experiences(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        ...LessonCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.PlaceLessonsDocument,
  '\n  query MyMemberships {\n    viewer {\n      id\n      emailVerified\n      memberships {\n        id\n        role\n        status\n        position\n        createdAt\n        decisionReason\n        municipality {\n          id\n        }\n        volunteerGroup {\n          id\n        }\n      }\n    }\n  }\n':
    types.MyMembershipsDocument,
  '\n  mutation RequestMembership($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      membership {\n        id\n        role\n        status\n        position\n        createdAt\n        decisionReason\n        municipality {\n          id\n        }\n        volunteerGroup {\n          id\n        }\n      }\n    }\n  }\n':
    types.RequestMembershipDocument,
  '\n  query PickerMunicipalities($name: String) {\n    municipalities(first: 20, nameContains: $name) {\n      nodes {\n        id\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n':
    types.PickerMunicipalitiesDocument,
  '\n  query PickerSelectedMunicipality($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n    }\n  }\n':
    types.PickerSelectedMunicipalityDocument,
  '\n  query UnreadNotifications {\n    viewer {\n      id\n      unreadNotificationCount\n    }\n  }\n': types.UnreadNotificationsDocument,
  '\n  subscription NotificationBadge {\n    notificationAdded {\n      eventId\n      resync\n      unreadCount\n    }\n  }\n':
    types.NotificationBadgeDocument,
  '\n  fragment ReactionResult on ReactionPayload {\n    active\n    target {\n      id\n      ... on Experience {\n        helpfulCount\n        thanksCount\n        viewerReactions\n      }\n      ... on Comment {\n        helpfulCount\n        thanksCount\n        viewerReactions\n      }\n    }\n  }\n':
    types.ReactionResultFragmentDoc,
  '\n  mutation AddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      ...ReactionResult\n    }\n  }\n':
    types.AddReactionDocument,
  '\n  mutation RemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      ...ReactionResult\n    }\n  }\n':
    types.RemoveReactionDocument,
  '\n  query LessonPage($id: ID!) {\n    experience(id: $id) {\n      id\n      title\n      summary\n      situationHtml\n      actionsHtml\n      outcomeHtml\n      rootCauseHtml\n      transferabilityHtml\n      hazards\n      phase\n      fieldsOfAction\n      actors\n      publishedAt\n      helpfulCount\n      thanksCount\n      viewerReactions\n      moderation {\n        reason\n        automatic\n      }\n      recommendations {\n        text\n        addressee\n        status\n      }\n      author {\n        id\n        displayName\n      }\n      viewerFollowLevel\n      municipality {\n        id\n        name\n        parent {\n          id\n          name\n        }\n      }\n      volunteerGroup {\n        id\n        name\n      }\n      crisis {\n        id\n        name\n      }\n      seminarSession {\n        title\n        startsAt\n        endsAt\n      }\n      thread {\n        id\n        commentCount\n        locked\n        lockReason\n      }\n    }\n  }\n':
    types.LessonPageDocument,
  '\n  query NotificationsPage {\n    viewer {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        nodes {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            displayName\n          }\n          thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n          comment {\n            id\n          }\n          experience {\n            id\n            title\n          }\n          seminarSession {\n            id\n            title\n          }\n          membership {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.NotificationsPageDocument,
  '\n  subscription NotificationsPageLive {\n    notificationAdded {\n      eventId\n      resync\n      unreadCount\n    }\n  }\n':
    types.NotificationsPageLiveDocument,
  '\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n':
    types.MarkAllNotificationsReadDocument,
  '\n  query SearchPage($query: String!, $after: String) {\n    search(query: $query, first: 20, after: $after) {\n      nodes {\n        snippet\n        node {\n          __typename\n          ... on Experience {\n            id\n            title\n            municipality {\n              name\n            }\n          }\n          ... on Thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.SearchPageDocument,
  '\n  query StartLessons($filter: ExperienceFilter, $orderBy: ExperienceOrder, $first: Int, $after: String) {\n    experiences(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        id\n        ...LessonCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.StartLessonsDocument,
  '\n  query StartUpcomingSessions {\n    seminarSessions(first: 3, when: UPCOMING) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n        series {\n          title\n        }\n      }\n    }\n  }\n':
    types.StartUpcomingSessionsDocument,
  '\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      bodyHtml\n      createdAt\n      commentCount\n      locked\n      lockReason\n      closedAt\n      viewerCanClose\n      viewerFollowLevel\n      author {\n        id\n        displayName\n      }\n      experience {\n        id\n        title\n      }\n      seminarSession {\n        id\n        title\n        speakers {\n          id\n          name\n          confirmation\n        }\n      }\n    }\n  }\n':
    types.ThreadPageDocument,
  '\n  mutation LockThread($input: LockThreadInput!) {\n    lockThread(input: $input) {\n      thread {\n        id\n        locked\n        lockReason\n      }\n    }\n  }\n':
    types.LockThreadDocument,
  '\n  mutation UnlockThread($input: LockThreadInput!) {\n    unlockThread(input: $input) {\n      thread {\n        id\n        locked\n        lockReason\n      }\n    }\n  }\n':
    types.UnlockThreadDocument,
  '\n  query AccountPage {\n    viewer {\n      id\n      displayName\n      email\n      emailVerified\n      bannedUntil\n      banReason\n      platformRoles\n      sessions {\n        id\n        createdAt\n        lastUsedAt\n        userAgent\n        current\n      }\n      memberships {\n        id\n        role\n        status\n        position\n        decisionReason\n        createdAt\n        decidedAt\n        municipality {\n          id\n          name\n        }\n        volunteerGroup {\n          id\n          name\n        }\n      }\n      notificationMailSettings {\n        kind\n        delivery\n      }\n      seminarReminders\n    }\n  }\n':
    types.AccountPageDocument,
  '\n  mutation RevokeDevice($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      sessionId\n    }\n  }\n':
    types.RevokeDeviceDocument,
  '\n  mutation SetMailDelivery($input: SetNotificationMailDeliveryInput!) {\n    setNotificationMailDelivery(input: $input) {\n      kind\n      delivery\n    }\n  }\n':
    types.SetMailDeliveryDocument,
  '\n  mutation LeaveMembership($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input) {\n      membership {\n        id\n        status\n        decidedAt\n        decisionReason\n      }\n    }\n  }\n':
    types.LeaveMembershipDocument,
  '\n  mutation SetReminders($reminders: Boolean!) {\n    setSeminarReminders(input: { reminders: $reminders })\n  }\n':
    types.SetRemindersDocument,
  '\n  query MembershipRequestsPage {\n    membershipRequests {\n      id\n      role\n      position\n      createdAt\n      user {\n        id\n        displayName\n      }\n      municipality {\n        id\n        name\n      }\n      volunteerGroup {\n        id\n        name\n      }\n    }\n  }\n':
    types.MembershipRequestsPageDocument,
  '\n  mutation DecideMembership($input: DecideMembershipInput!) {\n    decideMembership(input: $input) {\n      membership {\n        id\n        status\n        decisionReason\n        decidedAt\n      }\n    }\n  }\n':
    types.DecideMembershipDocument,
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      email\n    }\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n':
    types.SignUpDocument,
  '\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n    }\n  }\n':
    types.VerifyEmailDocument,
  '\n  query CrisisProposalsPage {\n    proposals: crises(status: PROPOSED, first: 100) {\n      nodes {\n        id\n        name\n        description\n        hazards\n        startsOn\n        endsOn\n        proposedBy {\n          id\n          displayName\n        }\n        affectedMunicipalities {\n          id\n          name\n        }\n      }\n    }\n    confirmed: crises(first: 100) {\n      nodes {\n        id\n        name\n        startsOn\n        endsOn\n      }\n    }\n  }\n':
    types.CrisisProposalsPageDocument,
  '\n  mutation ConfirmCrisis($input: CrisisIdInput!) {\n    confirmCrisis(input: $input) {\n      crisis {\n        id\n        status\n      }\n    }\n  }\n':
    types.ConfirmCrisisDocument,
  '\n  mutation RejectCrisis($input: RejectCrisisInput!) {\n    rejectCrisis(input: $input) {\n      crisis {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n':
    types.RejectCrisisDocument,
  '\n  mutation MergeCrisis($input: MergeCrisisInput!) {\n    mergeCrisis(input: $input) {\n      crisis {\n        id\n        status\n        mergedInto {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.MergeCrisisDocument,
  '\n  query ModerationLog($after: String) {\n    moderationLog(first: 30, after: $after) {\n      nodes {\n        id\n        action\n        reason\n        createdAt\n        flagCount\n        until\n        actor {\n          id\n          displayName\n        }\n        subject {\n          ...ModerationLogSubject\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ModerationLogDocument,
  '\n  fragment ModerationLogSubject on ModerationLogSubject {\n    __typename\n    ... on Comment {\n      id\n      author {\n        id\n        displayName\n      }\n      thread {\n        id\n        title\n        experience {\n          id\n          title\n        }\n      }\n    }\n    ... on Experience {\n      id\n      title\n    }\n    ... on Thread {\n      id\n      title\n      experience {\n        id\n      }\n    }\n    ... on User {\n      id\n      displayName\n    }\n  }\n':
    types.ModerationLogSubjectFragmentDoc,
  '\n  fragment QueueItem on FlaggedContent {\n    flagCount\n    firstFlaggedAt\n    lastFlaggedAt\n    reasons {\n      reason\n      count\n    }\n    flags {\n      id\n      reason\n      note\n      createdAt\n      reporter {\n        id\n        displayName\n      }\n    }\n    target {\n      __typename\n      ... on Comment {\n        id\n        bodyHtml\n        createdAt\n        deleted\n        author {\n          id\n          displayName\n        }\n        moderation {\n          reason\n          automatic\n        }\n        thread {\n          id\n          title\n          experience {\n            id\n            title\n          }\n        }\n      }\n      ... on Experience {\n        id\n        title\n        summary\n        createdAt\n        author {\n          id\n          displayName\n        }\n        moderation {\n          reason\n          automatic\n        }\n      }\n      ... on Thread {\n        id\n        title\n        openingHtml: bodyHtml\n        createdAt\n        author {\n          id\n          displayName\n        }\n        moderation {\n          reason\n          automatic\n        }\n        experience {\n          id\n        }\n      }\n    }\n  }\n':
    types.QueueItemFragmentDoc,
  '\n  query ModerationQueue($after: String) {\n    moderationQueue(first: 20, after: $after) {\n      nodes {\n        ...QueueItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ModerationQueueDocument,
  '\n  mutation HideContent($input: ModerateContentInput!) {\n    hideContent(input: $input) {\n      ...ModerationDecision\n    }\n  }\n':
    types.HideContentDocument,
  '\n  mutation RestoreContent($input: ModerateContentInput!) {\n    restoreContent(input: $input) {\n      ...ModerationDecision\n    }\n  }\n':
    types.RestoreContentDocument,
  '\n  mutation DismissFlags($input: DismissFlagsInput!) {\n    dismissFlags(input: $input) {\n      ...ModerationDecision\n    }\n  }\n':
    types.DismissFlagsDocument,
  '\n  fragment ModerationDecision on ModerateContentPayload {\n    action {\n      id\n      action\n    }\n    target {\n      ... on Comment {\n        id\n        bodyHtml\n        moderation {\n          reason\n          automatic\n        }\n      }\n      ... on Experience {\n        id\n        moderation {\n          reason\n          automatic\n        }\n      }\n      ... on Thread {\n        id\n        moderation {\n          reason\n          automatic\n        }\n      }\n    }\n  }\n':
    types.ModerationDecisionFragmentDoc,
  '\n  query CrisesPageViewer {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        role\n        status\n        municipality {\n          id\n        }\n      }\n    }\n  }\n':
    types.CrisesPageViewerDocument,
  '\n  query CrisesPage($after: String) {\n    crises(first: 30, after: $after) {\n      nodes {\n        id\n        name\n        hazards\n        startsOn\n        endsOn\n        affectedMunicipalities {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.CrisesPageDocument,
  '\n  query CrisisPage($id: ID!) {\n    crisis(id: $id) {\n      id\n      name\n      description\n      hazards\n      startsOn\n      endsOn\n      status\n      decisionReason\n      viewerFollowLevel\n      mergedInto {\n        id\n        name\n      }\n      affectedMunicipalities {\n        id\n        name\n      }\n    }\n    viewer {\n      id\n      followedHazards {\n        hazard\n        level\n      }\n    }\n  }\n':
    types.CrisisPageDocument,
  '\n  query MunicipalityPage($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n      kind\n      state\n      officialKey\n      population\n      viewerFollowLevel\n      parent {\n        id\n        name\n      }\n    }\n    crises(municipalityId: $id, first: 50) {\n      nodes {\n        id\n        name\n        hazards\n        startsOn\n        endsOn\n      }\n    }\n    volunteerGroups(municipalityId: $id, first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.MunicipalityPageDocument,
  '\n  query LandkreisGemeinden($parentId: ID!, $after: String) {\n    municipalities(parentId: $parentId, first: 100, after: $after) {\n      nodes {\n        id\n        name\n        kind\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.LandkreisGemeindenDocument,
  '\n  query ProposeCrisisViewer {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        role\n        status\n        municipality {\n          id\n        }\n      }\n    }\n  }\n':
    types.ProposeCrisisViewerDocument,
  '\n  query ProposeCrisisMunicipality($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n    }\n  }\n':
    types.ProposeCrisisMunicipalityDocument,
  '\n  mutation ProposeCrisis($input: ProposeCrisisInput!) {\n    proposeCrisis(input: $input) {\n      crisis {\n        id\n        status\n      }\n    }\n  }\n':
    types.ProposeCrisisDocument,
  '\n  query MySubscriptions {\n    viewer {\n      id\n      followedHazards {\n        hazard\n        level\n      }\n    }\n  }\n':
    types.MySubscriptionsDocument,
  '\n  query VolunteerGroupPage($id: ID!) {\n    volunteerGroup(id: $id) {\n      id\n      name\n      kind\n      status\n      viewerFollowLevel\n      description\n      website\n      homeMunicipality {\n        id\n        name\n      }\n      municipalitiesServed {\n        id\n        name\n      }\n    }\n  }\n':
    types.VolunteerGroupPageDocument,
  '\n  query VolunteerGroupsPage($after: String) {\n    volunteerGroups(first: 50, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        homeMunicipality {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.VolunteerGroupsPageDocument,
  '\n  query ManageSession($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      guidingQuestions\n      startsAt\n      endsAt\n      capacity\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      registeredCount\n      waitlistCount\n      seatsLeft\n      cancelledAt\n      cancelReason\n      isUpcoming\n      minutes\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      attendanceCount\n      registrations(first: 100) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          registeredAt\n          cancelledAt\n          promotedAt\n          attended\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n':
    types.ManageSessionDocument,
  '\n  mutation UpdateSession($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        id\n        title\n      }\n    }\n  }\n':
    types.UpdateSessionDocument,
  '\n  mutation AddSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n      session {\n        id\n      }\n    }\n  }\n':
    types.AddSpeakerDocument,
  '\n  mutation UpdateSpeaker($input: UpdateSeminarSpeakerInput!) {\n    updateSeminarSpeaker(input: $input) {\n      speaker {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      session {\n        id\n      }\n    }\n  }\n':
    types.UpdateSpeakerDocument,
  '\n  mutation RemoveSpeaker($input: RemoveSeminarSpeakerInput!) {\n    removeSeminarSpeaker(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n':
    types.RemoveSpeakerDocument,
  '\n  mutation CancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        id\n        cancelledAt\n        cancelReason\n      }\n    }\n  }\n':
    types.CancelSessionDocument,
  '\n  mutation RecordSession($input: RecordSeminarSessionInput!) {\n    recordSeminarSession(input: $input) {\n      session {\n        id\n        minutes\n        minutesHtml\n        recordingUrl\n      }\n    }\n  }\n':
    types.RecordSessionDocument,
  '\n  mutation MarkAttendance($input: MarkSeminarAttendanceInput!) {\n    markSeminarAttendance(input: $input) {\n      registration {\n        id\n        attended\n      }\n      session {\n        id\n        attendanceCount\n      }\n    }\n  }\n':
    types.MarkAttendanceDocument,
  '\n  query NewSessionSeries($id: ID!) {\n    seminarSeries(id: $id) {\n      id\n      title\n      viewerCanOrganise\n    }\n  }\n':
    types.NewSessionSeriesDocument,
  '\n  mutation CreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n':
    types.CreateSessionDocument,
  '\n  query SeminarsPage($when: SeminarTimeFilter!, $after: String) {\n    seminarSessions(when: $when, first: 20, after: $after) {\n      nodes {\n        id\n        ...SessionListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.SeminarsPageDocument,
  '\n  query SeminarsPageSeries {\n    seminarSessions(when: ALL, first: 100) {\n      nodes {\n        id\n        series {\n          id\n          title\n          description\n          organisers\n        }\n      }\n    }\n  }\n':
    types.SeminarsPageSeriesDocument,
  '\n  query SeminarsMayStartSeries {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        status\n      }\n    }\n  }\n':
    types.SeminarsMayStartSeriesDocument,
  '\n  query SeminarsPageMine {\n    viewer {\n      id\n      seminarRegistrations {\n        id\n        session {\n          id\n          isUpcoming\n          ...SessionListItem\n        }\n      }\n    }\n  }\n':
    types.SeminarsPageMineDocument,
  '\n  query SeriesFormViewer {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        status\n        municipality {\n          id\n          name\n        }\n        volunteerGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.SeriesFormViewerDocument,
  '\n  query EditSeriesPage($id: ID!) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      viewerCanOrganise\n    }\n  }\n':
    types.EditSeriesPageDocument,
  '\n  mutation CreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n':
    types.CreateSeriesDocument,
  '\n  mutation UpdateSeries($input: UpdateSeminarSeriesInput!) {\n    updateSeminarSeries(input: $input) {\n      series {\n        id\n        title\n        description\n        organisers\n      }\n    }\n  }\n':
    types.UpdateSeriesDocument,
  '\n  query SeriesPage($id: ID!, $after: String) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      viewerCanOrganise\n      viewerFollowLevel\n      organisingMunicipalities {\n        id\n        name\n      }\n      organisingVolunteerGroups {\n        id\n        name\n      }\n      sessions(first: 50, after: $after) {\n        nodes {\n          id\n          ...SessionListItem\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.SeriesPageDocument,
  '\n  mutation FollowSeries($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      target {\n        id\n        ... on SeminarSeries {\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n':
    types.FollowSeriesDocument,
  '\n  mutation UnfollowSeries($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n      target {\n        id\n        ... on SeminarSeries {\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n':
    types.UnfollowSeriesDocument,
  '\n  fragment SessionListItem on SeminarSession {\n    id\n    title\n    topic\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistCount\n    cancelledAt\n    isUpcoming\n    registrationOpen\n    series {\n      id\n      title\n    }\n    viewerRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n':
    types.SessionListItemFragmentDoc,
  '\n  query SessionPage($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      startsAt\n      endsAt\n      capacity\n      registeredCount\n      waitlistCount\n      seatsLeft\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      isUpcoming\n      cancelledAt\n      cancelReason\n      onlineUrl\n      guidingQuestions\n      attendanceCount\n      minutesHtml\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      viewerRegistration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      followUpThreads(first: 10) {\n        nodes {\n          id\n          title\n          bodyHtml\n          commentCount\n          closedAt\n          viewerCanClose\n          locked\n          createdAt\n          openQuestions {\n            id\n            bodyHtml\n            author {\n              displayName\n            }\n            addressedTo {\n              id\n              name\n            }\n          }\n        }\n      }\n      lessons {\n        id\n        ...LessonCard\n      }\n    }\n  }\n':
    types.SessionPageDocument,
  '\n  mutation RegisterForSession($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      session {\n        id\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n':
    types.RegisterForSessionDocument,
  '\n  mutation CancelSessionRegistration($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      session {\n        id\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n':
    types.CancelSessionRegistrationDocument,
  '\n  mutation SetSessionReminder($input: SetSeminarReminderInput!) {\n    setSeminarReminder(input: $input) {\n      registration {\n        id\n        reminder\n      }\n      session {\n        id\n      }\n    }\n  }\n':
    types.SetSessionReminderDocument,
  '\n  query LessonEditorOptions {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        status\n        municipality {\n          id\n          name\n        }\n        volunteerGroup {\n          id\n          name\n        }\n      }\n    }\n    crises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    seminarSessions(first: 50) {\n      nodes {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n':
    types.LessonEditorOptionsDocument,
  '\n  query LessonEditorDrafts {\n    experiences(first: 20, filter: { status: DRAFT }) {\n      nodes {\n        id\n        title\n        updatedAt\n      }\n    }\n  }\n':
    types.LessonEditorDraftsDocument,
  '\n  query LessonEditorLesson($id: ID!) {\n    experience(id: $id) {\n      id\n      status\n      updatedAt\n      title\n      summary\n      situation\n      actions\n      outcome\n      rootCause\n      transferability\n      hazards\n      phase\n      visibility\n      fieldsOfAction\n      actors\n      author {\n        id\n      }\n      municipality {\n        id\n        name\n      }\n      volunteerGroup {\n        id\n        name\n      }\n      crisis {\n        id\n      }\n      seminarSession {\n        id\n      }\n      recommendations {\n        text\n        addressee\n        status\n      }\n    }\n  }\n':
    types.LessonEditorLessonDocument,
  '\n  mutation CreateLesson($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        status\n        updatedAt\n      }\n    }\n  }\n':
    types.CreateLessonDocument,
  '\n  mutation UpdateLesson($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        id\n        status\n        updatedAt\n      }\n    }\n  }\n':
    types.UpdateLessonDocument,
  '\n  mutation PublishLesson($input: PublishExperienceInput!) {\n    publishExperience(input: $input) {\n      experience {\n        id\n        status\n      }\n    }\n  }\n':
    types.PublishLessonDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerRoles {\n    viewer {\n      id\n      platformRoles\n    }\n  }\n',
): (typeof documents)['\n  query ViewerRoles {\n    viewer {\n      id\n      platformRoles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DiscussionComment on Comment {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    isAcceptedAnswer\n    viewerCanAccept\n    addressedTo {\n      id\n      name\n    }\n    thread {\n      id\n    }\n    author {\n      id\n      displayName\n    }\n    moderation {\n      reason\n      automatic\n    }\n  }\n',
): (typeof documents)['\n  fragment DiscussionComment on Comment {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    isAcceptedAnswer\n    viewerCanAccept\n    addressedTo {\n      id\n      name\n    }\n    thread {\n      id\n    }\n    author {\n      id\n      displayName\n    }\n    moderation {\n      reason\n      automatic\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionComments($threadId: ID!, $after: String) {\n    thread(id: $threadId) {\n      id\n      conclusionHtml\n      comments(first: 20, after: $after) {\n        nodes {\n          ...DiscussionComment\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DiscussionComments($threadId: ID!, $after: String) {\n    thread(id: $threadId) {\n      id\n      conclusionHtml\n      comments(first: 20, after: $after) {\n        nodes {\n          ...DiscussionComment\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      question {\n        id\n        acceptedAnswer {\n          id\n        }\n      }\n      answer {\n        id\n        isAcceptedAnswer\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      question {\n        id\n        acceptedAnswer {\n          id\n        }\n      }\n      answer {\n        id\n        isAcceptedAnswer\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      ... on Comment {\n        id\n        replies(first: 20, after: $after) {\n          nodes {\n            ...DiscussionComment\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DiscussionReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      ... on Comment {\n        id\n        replies(first: 20, after: $after) {\n          nodes {\n            ...DiscussionComment\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DraftLessonFromThread($input: DraftLessonFromThreadInput!) {\n    draftLessonFromThread(input: $input) {\n      experience {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DraftLessonFromThread($input: DraftLessonFromThreadInput!) {\n    draftLessonFromThread(input: $input) {\n      experience {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FlagContent($input: FlagContentInput!) {\n    flagContent(input: $input) {\n      targetHidden\n      target {\n        ... on Comment {\n          id\n          bodyHtml\n          moderation {\n            reason\n            automatic\n          }\n        }\n        ... on Experience {\n          id\n          moderation {\n            reason\n            automatic\n          }\n        }\n        ... on Thread {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation FlagContent($input: FlagContentInput!) {\n    flagContent(input: $input) {\n      targetHidden\n      target {\n        ... on Comment {\n          id\n          bodyHtml\n          moderation {\n            reason\n            automatic\n          }\n        }\n        ... on Experience {\n          id\n          moderation {\n            reason\n            automatic\n          }\n        }\n        ... on Thread {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FollowResult on FollowPayload {\n    level\n    target {\n      id\n      ... on Municipality {\n        viewerFollowLevel\n      }\n      ... on Crisis {\n        viewerFollowLevel\n      }\n      ... on Experience {\n        viewerFollowLevel\n      }\n      ... on Thread {\n        viewerFollowLevel\n      }\n      ... on VolunteerGroup {\n        viewerFollowLevel\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment FollowResult on FollowPayload {\n    level\n    target {\n      id\n      ... on Municipality {\n        viewerFollowLevel\n      }\n      ... on Crisis {\n        viewerFollowLevel\n      }\n      ... on Experience {\n        viewerFollowLevel\n      }\n      ... on Thread {\n        viewerFollowLevel\n      }\n      ... on VolunteerGroup {\n        viewerFollowLevel\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      ...FollowResult\n    }\n  }\n',
): (typeof documents)['\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      ...FollowResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Unfollow($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n      ...FollowResult\n    }\n  }\n',
): (typeof documents)['\n  mutation Unfollow($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n      ...FollowResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FollowHazard($input: FollowHazardInput!) {\n    followHazard(input: $input) {\n      hazard\n      level\n    }\n  }\n',
): (typeof documents)['\n  mutation FollowHazard($input: FollowHazardInput!) {\n    followHazard(input: $input) {\n      hazard\n      level\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnfollowHazard($input: UnfollowHazardInput!) {\n    unfollowHazard(input: $input) {\n      hazard\n      level\n    }\n  }\n',
): (typeof documents)['\n  mutation UnfollowHazard($input: UnfollowHazardInput!) {\n    unfollowHazard(input: $input) {\n      hazard\n      level\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseThread($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        id\n        closedAt\n        conclusion\n        conclusionHtml\n        viewerCanClose\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseThread($input: CloseThreadInput!) {\n    closeThread(input: $input) {\n      thread {\n        id\n        closedAt\n        conclusion\n        conclusionHtml\n        viewerCanClose\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FollowedHazards {\n    viewer {\n      id\n      followedHazards {\n        hazard\n        level\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FollowedHazards {\n    viewer {\n      id\n      followedHazards {\n        hazard\n        level\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut {\n      sessionId\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut {\n      sessionId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LessonCard on Experience {\n    id\n    title\n    summary\n    hazards\n    phase\n    publishedAt\n    helpfulCount\n    commentCount\n    municipality {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    volunteerGroup {\n      id\n      name\n    }\n    crisis {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment LessonCard on Experience {\n    id\n    title\n    summary\n    hazards\n    phase\n    publishedAt\n    helpfulCount\n    commentCount\n    municipality {\n      id\n      name\n      parent {\n        id\n        name\n      }\n    }\n    volunteerGroup {\n      id\n      name\n    }\n    crisis {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FilterCrises {\n    crises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FilterCrises {\n    crises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlaceLessons($filter: ExperienceFilter, $first: Int, $after: String) {\n    experiences(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        ...LessonCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlaceLessons($filter: ExperienceFilter, $first: Int, $after: String) {\n    experiences(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        ...LessonCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyMemberships {\n    viewer {\n      id\n      emailVerified\n      memberships {\n        id\n        role\n        status\n        position\n        createdAt\n        decisionReason\n        municipality {\n          id\n        }\n        volunteerGroup {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyMemberships {\n    viewer {\n      id\n      emailVerified\n      memberships {\n        id\n        role\n        status\n        position\n        createdAt\n        decisionReason\n        municipality {\n          id\n        }\n        volunteerGroup {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestMembership($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      membership {\n        id\n        role\n        status\n        position\n        createdAt\n        decisionReason\n        municipality {\n          id\n        }\n        volunteerGroup {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestMembership($input: RequestMembershipInput!) {\n    requestMembership(input: $input) {\n      membership {\n        id\n        role\n        status\n        position\n        createdAt\n        decisionReason\n        municipality {\n          id\n        }\n        volunteerGroup {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PickerMunicipalities($name: String) {\n    municipalities(first: 20, nameContains: $name) {\n      nodes {\n        id\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PickerMunicipalities($name: String) {\n    municipalities(first: 20, nameContains: $name) {\n      nodes {\n        id\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PickerSelectedMunicipality($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query PickerSelectedMunicipality($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotifications {\n    viewer {\n      id\n      unreadNotificationCount\n    }\n  }\n',
): (typeof documents)['\n  query UnreadNotifications {\n    viewer {\n      id\n      unreadNotificationCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationBadge {\n    notificationAdded {\n      eventId\n      resync\n      unreadCount\n    }\n  }\n',
): (typeof documents)['\n  subscription NotificationBadge {\n    notificationAdded {\n      eventId\n      resync\n      unreadCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReactionResult on ReactionPayload {\n    active\n    target {\n      id\n      ... on Experience {\n        helpfulCount\n        thanksCount\n        viewerReactions\n      }\n      ... on Comment {\n        helpfulCount\n        thanksCount\n        viewerReactions\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ReactionResult on ReactionPayload {\n    active\n    target {\n      id\n      ... on Experience {\n        helpfulCount\n        thanksCount\n        viewerReactions\n      }\n      ... on Comment {\n        helpfulCount\n        thanksCount\n        viewerReactions\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      ...ReactionResult\n    }\n  }\n',
): (typeof documents)['\n  mutation AddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      ...ReactionResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      ...ReactionResult\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      ...ReactionResult\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LessonPage($id: ID!) {\n    experience(id: $id) {\n      id\n      title\n      summary\n      situationHtml\n      actionsHtml\n      outcomeHtml\n      rootCauseHtml\n      transferabilityHtml\n      hazards\n      phase\n      fieldsOfAction\n      actors\n      publishedAt\n      helpfulCount\n      thanksCount\n      viewerReactions\n      moderation {\n        reason\n        automatic\n      }\n      recommendations {\n        text\n        addressee\n        status\n      }\n      author {\n        id\n        displayName\n      }\n      viewerFollowLevel\n      municipality {\n        id\n        name\n        parent {\n          id\n          name\n        }\n      }\n      volunteerGroup {\n        id\n        name\n      }\n      crisis {\n        id\n        name\n      }\n      seminarSession {\n        title\n        startsAt\n        endsAt\n      }\n      thread {\n        id\n        commentCount\n        locked\n        lockReason\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LessonPage($id: ID!) {\n    experience(id: $id) {\n      id\n      title\n      summary\n      situationHtml\n      actionsHtml\n      outcomeHtml\n      rootCauseHtml\n      transferabilityHtml\n      hazards\n      phase\n      fieldsOfAction\n      actors\n      publishedAt\n      helpfulCount\n      thanksCount\n      viewerReactions\n      moderation {\n        reason\n        automatic\n      }\n      recommendations {\n        text\n        addressee\n        status\n      }\n      author {\n        id\n        displayName\n      }\n      viewerFollowLevel\n      municipality {\n        id\n        name\n        parent {\n          id\n          name\n        }\n      }\n      volunteerGroup {\n        id\n        name\n      }\n      crisis {\n        id\n        name\n      }\n      seminarSession {\n        title\n        startsAt\n        endsAt\n      }\n      thread {\n        id\n        commentCount\n        locked\n        lockReason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationsPage {\n    viewer {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        nodes {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            displayName\n          }\n          thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n          comment {\n            id\n          }\n          experience {\n            id\n            title\n          }\n          seminarSession {\n            id\n            title\n          }\n          membership {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NotificationsPage {\n    viewer {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        nodes {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            displayName\n          }\n          thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n          comment {\n            id\n          }\n          experience {\n            id\n            title\n          }\n          seminarSession {\n            id\n            title\n          }\n          membership {\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationsPageLive {\n    notificationAdded {\n      eventId\n      resync\n      unreadCount\n    }\n  }\n',
): (typeof documents)['\n  subscription NotificationsPageLive {\n    notificationAdded {\n      eventId\n      resync\n      unreadCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchPage($query: String!, $after: String) {\n    search(query: $query, first: 20, after: $after) {\n      nodes {\n        snippet\n        node {\n          __typename\n          ... on Experience {\n            id\n            title\n            municipality {\n              name\n            }\n          }\n          ... on Thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SearchPage($query: String!, $after: String) {\n    search(query: $query, first: 20, after: $after) {\n      nodes {\n        snippet\n        node {\n          __typename\n          ... on Experience {\n            id\n            title\n            municipality {\n              name\n            }\n          }\n          ... on Thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StartLessons($filter: ExperienceFilter, $orderBy: ExperienceOrder, $first: Int, $after: String) {\n    experiences(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        id\n        ...LessonCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StartLessons($filter: ExperienceFilter, $orderBy: ExperienceOrder, $first: Int, $after: String) {\n    experiences(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        id\n        ...LessonCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StartUpcomingSessions {\n    seminarSessions(first: 3, when: UPCOMING) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n        series {\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StartUpcomingSessions {\n    seminarSessions(first: 3, when: UPCOMING) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n        series {\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      bodyHtml\n      createdAt\n      commentCount\n      locked\n      lockReason\n      closedAt\n      viewerCanClose\n      viewerFollowLevel\n      author {\n        id\n        displayName\n      }\n      experience {\n        id\n        title\n      }\n      seminarSession {\n        id\n        title\n        speakers {\n          id\n          name\n          confirmation\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      bodyHtml\n      createdAt\n      commentCount\n      locked\n      lockReason\n      closedAt\n      viewerCanClose\n      viewerFollowLevel\n      author {\n        id\n        displayName\n      }\n      experience {\n        id\n        title\n      }\n      seminarSession {\n        id\n        title\n        speakers {\n          id\n          name\n          confirmation\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LockThread($input: LockThreadInput!) {\n    lockThread(input: $input) {\n      thread {\n        id\n        locked\n        lockReason\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation LockThread($input: LockThreadInput!) {\n    lockThread(input: $input) {\n      thread {\n        id\n        locked\n        lockReason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnlockThread($input: LockThreadInput!) {\n    unlockThread(input: $input) {\n      thread {\n        id\n        locked\n        lockReason\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UnlockThread($input: LockThreadInput!) {\n    unlockThread(input: $input) {\n      thread {\n        id\n        locked\n        lockReason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountPage {\n    viewer {\n      id\n      displayName\n      email\n      emailVerified\n      bannedUntil\n      banReason\n      platformRoles\n      sessions {\n        id\n        createdAt\n        lastUsedAt\n        userAgent\n        current\n      }\n      memberships {\n        id\n        role\n        status\n        position\n        decisionReason\n        createdAt\n        decidedAt\n        municipality {\n          id\n          name\n        }\n        volunteerGroup {\n          id\n          name\n        }\n      }\n      notificationMailSettings {\n        kind\n        delivery\n      }\n      seminarReminders\n    }\n  }\n',
): (typeof documents)['\n  query AccountPage {\n    viewer {\n      id\n      displayName\n      email\n      emailVerified\n      bannedUntil\n      banReason\n      platformRoles\n      sessions {\n        id\n        createdAt\n        lastUsedAt\n        userAgent\n        current\n      }\n      memberships {\n        id\n        role\n        status\n        position\n        decisionReason\n        createdAt\n        decidedAt\n        municipality {\n          id\n          name\n        }\n        volunteerGroup {\n          id\n          name\n        }\n      }\n      notificationMailSettings {\n        kind\n        delivery\n      }\n      seminarReminders\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeDevice($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      sessionId\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeDevice($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      sessionId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMailDelivery($input: SetNotificationMailDeliveryInput!) {\n    setNotificationMailDelivery(input: $input) {\n      kind\n      delivery\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMailDelivery($input: SetNotificationMailDeliveryInput!) {\n    setNotificationMailDelivery(input: $input) {\n      kind\n      delivery\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LeaveMembership($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input) {\n      membership {\n        id\n        status\n        decidedAt\n        decisionReason\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation LeaveMembership($input: RevokeMembershipInput!) {\n    revokeMembership(input: $input) {\n      membership {\n        id\n        status\n        decidedAt\n        decisionReason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetReminders($reminders: Boolean!) {\n    setSeminarReminders(input: { reminders: $reminders })\n  }\n',
): (typeof documents)['\n  mutation SetReminders($reminders: Boolean!) {\n    setSeminarReminders(input: { reminders: $reminders })\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MembershipRequestsPage {\n    membershipRequests {\n      id\n      role\n      position\n      createdAt\n      user {\n        id\n        displayName\n      }\n      municipality {\n        id\n        name\n      }\n      volunteerGroup {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MembershipRequestsPage {\n    membershipRequests {\n      id\n      role\n      position\n      createdAt\n      user {\n        id\n        displayName\n      }\n      municipality {\n        id\n        name\n      }\n      volunteerGroup {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideMembership($input: DecideMembershipInput!) {\n    decideMembership(input: $input) {\n      membership {\n        id\n        status\n        decisionReason\n        decidedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideMembership($input: DecideMembershipInput!) {\n    decideMembership(input: $input) {\n      membership {\n        id\n        status\n        decisionReason\n        decidedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CrisisProposalsPage {\n    proposals: crises(status: PROPOSED, first: 100) {\n      nodes {\n        id\n        name\n        description\n        hazards\n        startsOn\n        endsOn\n        proposedBy {\n          id\n          displayName\n        }\n        affectedMunicipalities {\n          id\n          name\n        }\n      }\n    }\n    confirmed: crises(first: 100) {\n      nodes {\n        id\n        name\n        startsOn\n        endsOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CrisisProposalsPage {\n    proposals: crises(status: PROPOSED, first: 100) {\n      nodes {\n        id\n        name\n        description\n        hazards\n        startsOn\n        endsOn\n        proposedBy {\n          id\n          displayName\n        }\n        affectedMunicipalities {\n          id\n          name\n        }\n      }\n    }\n    confirmed: crises(first: 100) {\n      nodes {\n        id\n        name\n        startsOn\n        endsOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmCrisis($input: CrisisIdInput!) {\n    confirmCrisis(input: $input) {\n      crisis {\n        id\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmCrisis($input: CrisisIdInput!) {\n    confirmCrisis(input: $input) {\n      crisis {\n        id\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectCrisis($input: RejectCrisisInput!) {\n    rejectCrisis(input: $input) {\n      crisis {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectCrisis($input: RejectCrisisInput!) {\n    rejectCrisis(input: $input) {\n      crisis {\n        id\n        status\n        decisionReason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeCrisis($input: MergeCrisisInput!) {\n    mergeCrisis(input: $input) {\n      crisis {\n        id\n        status\n        mergedInto {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MergeCrisis($input: MergeCrisisInput!) {\n    mergeCrisis(input: $input) {\n      crisis {\n        id\n        status\n        mergedInto {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationLog($after: String) {\n    moderationLog(first: 30, after: $after) {\n      nodes {\n        id\n        action\n        reason\n        createdAt\n        flagCount\n        until\n        actor {\n          id\n          displayName\n        }\n        subject {\n          ...ModerationLogSubject\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModerationLog($after: String) {\n    moderationLog(first: 30, after: $after) {\n      nodes {\n        id\n        action\n        reason\n        createdAt\n        flagCount\n        until\n        actor {\n          id\n          displayName\n        }\n        subject {\n          ...ModerationLogSubject\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ModerationLogSubject on ModerationLogSubject {\n    __typename\n    ... on Comment {\n      id\n      author {\n        id\n        displayName\n      }\n      thread {\n        id\n        title\n        experience {\n          id\n          title\n        }\n      }\n    }\n    ... on Experience {\n      id\n      title\n    }\n    ... on Thread {\n      id\n      title\n      experience {\n        id\n      }\n    }\n    ... on User {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment ModerationLogSubject on ModerationLogSubject {\n    __typename\n    ... on Comment {\n      id\n      author {\n        id\n        displayName\n      }\n      thread {\n        id\n        title\n        experience {\n          id\n          title\n        }\n      }\n    }\n    ... on Experience {\n      id\n      title\n    }\n    ... on Thread {\n      id\n      title\n      experience {\n        id\n      }\n    }\n    ... on User {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment QueueItem on FlaggedContent {\n    flagCount\n    firstFlaggedAt\n    lastFlaggedAt\n    reasons {\n      reason\n      count\n    }\n    flags {\n      id\n      reason\n      note\n      createdAt\n      reporter {\n        id\n        displayName\n      }\n    }\n    target {\n      __typename\n      ... on Comment {\n        id\n        bodyHtml\n        createdAt\n        deleted\n        author {\n          id\n          displayName\n        }\n        moderation {\n          reason\n          automatic\n        }\n        thread {\n          id\n          title\n          experience {\n            id\n            title\n          }\n        }\n      }\n      ... on Experience {\n        id\n        title\n        summary\n        createdAt\n        author {\n          id\n          displayName\n        }\n        moderation {\n          reason\n          automatic\n        }\n      }\n      ... on Thread {\n        id\n        title\n        openingHtml: bodyHtml\n        createdAt\n        author {\n          id\n          displayName\n        }\n        moderation {\n          reason\n          automatic\n        }\n        experience {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment QueueItem on FlaggedContent {\n    flagCount\n    firstFlaggedAt\n    lastFlaggedAt\n    reasons {\n      reason\n      count\n    }\n    flags {\n      id\n      reason\n      note\n      createdAt\n      reporter {\n        id\n        displayName\n      }\n    }\n    target {\n      __typename\n      ... on Comment {\n        id\n        bodyHtml\n        createdAt\n        deleted\n        author {\n          id\n          displayName\n        }\n        moderation {\n          reason\n          automatic\n        }\n        thread {\n          id\n          title\n          experience {\n            id\n            title\n          }\n        }\n      }\n      ... on Experience {\n        id\n        title\n        summary\n        createdAt\n        author {\n          id\n          displayName\n        }\n        moderation {\n          reason\n          automatic\n        }\n      }\n      ... on Thread {\n        id\n        title\n        openingHtml: bodyHtml\n        createdAt\n        author {\n          id\n          displayName\n        }\n        moderation {\n          reason\n          automatic\n        }\n        experience {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ModerationQueue($after: String) {\n    moderationQueue(first: 20, after: $after) {\n      nodes {\n        ...QueueItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ModerationQueue($after: String) {\n    moderationQueue(first: 20, after: $after) {\n      nodes {\n        ...QueueItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HideContent($input: ModerateContentInput!) {\n    hideContent(input: $input) {\n      ...ModerationDecision\n    }\n  }\n',
): (typeof documents)['\n  mutation HideContent($input: ModerateContentInput!) {\n    hideContent(input: $input) {\n      ...ModerationDecision\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreContent($input: ModerateContentInput!) {\n    restoreContent(input: $input) {\n      ...ModerationDecision\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreContent($input: ModerateContentInput!) {\n    restoreContent(input: $input) {\n      ...ModerationDecision\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DismissFlags($input: DismissFlagsInput!) {\n    dismissFlags(input: $input) {\n      ...ModerationDecision\n    }\n  }\n',
): (typeof documents)['\n  mutation DismissFlags($input: DismissFlagsInput!) {\n    dismissFlags(input: $input) {\n      ...ModerationDecision\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ModerationDecision on ModerateContentPayload {\n    action {\n      id\n      action\n    }\n    target {\n      ... on Comment {\n        id\n        bodyHtml\n        moderation {\n          reason\n          automatic\n        }\n      }\n      ... on Experience {\n        id\n        moderation {\n          reason\n          automatic\n        }\n      }\n      ... on Thread {\n        id\n        moderation {\n          reason\n          automatic\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ModerationDecision on ModerateContentPayload {\n    action {\n      id\n      action\n    }\n    target {\n      ... on Comment {\n        id\n        bodyHtml\n        moderation {\n          reason\n          automatic\n        }\n      }\n      ... on Experience {\n        id\n        moderation {\n          reason\n          automatic\n        }\n      }\n      ... on Thread {\n        id\n        moderation {\n          reason\n          automatic\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CrisesPageViewer {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        role\n        status\n        municipality {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CrisesPageViewer {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        role\n        status\n        municipality {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CrisesPage($after: String) {\n    crises(first: 30, after: $after) {\n      nodes {\n        id\n        name\n        hazards\n        startsOn\n        endsOn\n        affectedMunicipalities {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CrisesPage($after: String) {\n    crises(first: 30, after: $after) {\n      nodes {\n        id\n        name\n        hazards\n        startsOn\n        endsOn\n        affectedMunicipalities {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CrisisPage($id: ID!) {\n    crisis(id: $id) {\n      id\n      name\n      description\n      hazards\n      startsOn\n      endsOn\n      status\n      decisionReason\n      viewerFollowLevel\n      mergedInto {\n        id\n        name\n      }\n      affectedMunicipalities {\n        id\n        name\n      }\n    }\n    viewer {\n      id\n      followedHazards {\n        hazard\n        level\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CrisisPage($id: ID!) {\n    crisis(id: $id) {\n      id\n      name\n      description\n      hazards\n      startsOn\n      endsOn\n      status\n      decisionReason\n      viewerFollowLevel\n      mergedInto {\n        id\n        name\n      }\n      affectedMunicipalities {\n        id\n        name\n      }\n    }\n    viewer {\n      id\n      followedHazards {\n        hazard\n        level\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalityPage($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n      kind\n      state\n      officialKey\n      population\n      viewerFollowLevel\n      parent {\n        id\n        name\n      }\n    }\n    crises(municipalityId: $id, first: 50) {\n      nodes {\n        id\n        name\n        hazards\n        startsOn\n        endsOn\n      }\n    }\n    volunteerGroups(municipalityId: $id, first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MunicipalityPage($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n      kind\n      state\n      officialKey\n      population\n      viewerFollowLevel\n      parent {\n        id\n        name\n      }\n    }\n    crises(municipalityId: $id, first: 50) {\n      nodes {\n        id\n        name\n        hazards\n        startsOn\n        endsOn\n      }\n    }\n    volunteerGroups(municipalityId: $id, first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LandkreisGemeinden($parentId: ID!, $after: String) {\n    municipalities(parentId: $parentId, first: 100, after: $after) {\n      nodes {\n        id\n        name\n        kind\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LandkreisGemeinden($parentId: ID!, $after: String) {\n    municipalities(parentId: $parentId, first: 100, after: $after) {\n      nodes {\n        id\n        name\n        kind\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProposeCrisisViewer {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        role\n        status\n        municipality {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProposeCrisisViewer {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        role\n        status\n        municipality {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProposeCrisisMunicipality($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ProposeCrisisMunicipality($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeCrisis($input: ProposeCrisisInput!) {\n    proposeCrisis(input: $input) {\n      crisis {\n        id\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeCrisis($input: ProposeCrisisInput!) {\n    proposeCrisis(input: $input) {\n      crisis {\n        id\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySubscriptions {\n    viewer {\n      id\n      followedHazards {\n        hazard\n        level\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MySubscriptions {\n    viewer {\n      id\n      followedHazards {\n        hazard\n        level\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VolunteerGroupPage($id: ID!) {\n    volunteerGroup(id: $id) {\n      id\n      name\n      kind\n      status\n      viewerFollowLevel\n      description\n      website\n      homeMunicipality {\n        id\n        name\n      }\n      municipalitiesServed {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VolunteerGroupPage($id: ID!) {\n    volunteerGroup(id: $id) {\n      id\n      name\n      kind\n      status\n      viewerFollowLevel\n      description\n      website\n      homeMunicipality {\n        id\n        name\n      }\n      municipalitiesServed {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VolunteerGroupsPage($after: String) {\n    volunteerGroups(first: 50, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        homeMunicipality {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VolunteerGroupsPage($after: String) {\n    volunteerGroups(first: 50, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        homeMunicipality {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ManageSession($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      guidingQuestions\n      startsAt\n      endsAt\n      capacity\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      registeredCount\n      waitlistCount\n      seatsLeft\n      cancelledAt\n      cancelReason\n      isUpcoming\n      minutes\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      attendanceCount\n      registrations(first: 100) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          registeredAt\n          cancelledAt\n          promotedAt\n          attended\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ManageSession($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      guidingQuestions\n      startsAt\n      endsAt\n      capacity\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      registeredCount\n      waitlistCount\n      seatsLeft\n      cancelledAt\n      cancelReason\n      isUpcoming\n      minutes\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      attendanceCount\n      registrations(first: 100) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          registeredAt\n          cancelledAt\n          promotedAt\n          attended\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSession($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSession($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n      session {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n      session {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSpeaker($input: UpdateSeminarSpeakerInput!) {\n    updateSeminarSpeaker(input: $input) {\n      speaker {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      session {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSpeaker($input: UpdateSeminarSpeakerInput!) {\n    updateSeminarSpeaker(input: $input) {\n      speaker {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      session {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveSpeaker($input: RemoveSeminarSpeakerInput!) {\n    removeSeminarSpeaker(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveSpeaker($input: RemoveSeminarSpeakerInput!) {\n    removeSeminarSpeaker(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        id\n        cancelledAt\n        cancelReason\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        id\n        cancelledAt\n        cancelReason\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordSession($input: RecordSeminarSessionInput!) {\n    recordSeminarSession(input: $input) {\n      session {\n        id\n        minutes\n        minutesHtml\n        recordingUrl\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordSession($input: RecordSeminarSessionInput!) {\n    recordSeminarSession(input: $input) {\n      session {\n        id\n        minutes\n        minutesHtml\n        recordingUrl\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkAttendance($input: MarkSeminarAttendanceInput!) {\n    markSeminarAttendance(input: $input) {\n      registration {\n        id\n        attended\n      }\n      session {\n        id\n        attendanceCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkAttendance($input: MarkSeminarAttendanceInput!) {\n    markSeminarAttendance(input: $input) {\n      registration {\n        id\n        attended\n      }\n      session {\n        id\n        attendanceCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewSessionSeries($id: ID!) {\n    seminarSeries(id: $id) {\n      id\n      title\n      viewerCanOrganise\n    }\n  }\n',
): (typeof documents)['\n  query NewSessionSeries($id: ID!) {\n    seminarSeries(id: $id) {\n      id\n      title\n      viewerCanOrganise\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsPage($when: SeminarTimeFilter!, $after: String) {\n    seminarSessions(when: $when, first: 20, after: $after) {\n      nodes {\n        id\n        ...SessionListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SeminarsPage($when: SeminarTimeFilter!, $after: String) {\n    seminarSessions(when: $when, first: 20, after: $after) {\n      nodes {\n        id\n        ...SessionListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsPageSeries {\n    seminarSessions(when: ALL, first: 100) {\n      nodes {\n        id\n        series {\n          id\n          title\n          description\n          organisers\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SeminarsPageSeries {\n    seminarSessions(when: ALL, first: 100) {\n      nodes {\n        id\n        series {\n          id\n          title\n          description\n          organisers\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsMayStartSeries {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SeminarsMayStartSeries {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeminarsPageMine {\n    viewer {\n      id\n      seminarRegistrations {\n        id\n        session {\n          id\n          isUpcoming\n          ...SessionListItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SeminarsPageMine {\n    viewer {\n      id\n      seminarRegistrations {\n        id\n        session {\n          id\n          isUpcoming\n          ...SessionListItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeriesFormViewer {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        status\n        municipality {\n          id\n          name\n        }\n        volunteerGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SeriesFormViewer {\n    viewer {\n      id\n      platformRoles\n      memberships {\n        id\n        status\n        municipality {\n          id\n          name\n        }\n        volunteerGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditSeriesPage($id: ID!) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      viewerCanOrganise\n    }\n  }\n',
): (typeof documents)['\n  query EditSeriesPage($id: ID!) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      viewerCanOrganise\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSeries($input: CreateSeminarSeriesInput!) {\n    createSeminarSeries(input: $input) {\n      series {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSeries($input: UpdateSeminarSeriesInput!) {\n    updateSeminarSeries(input: $input) {\n      series {\n        id\n        title\n        description\n        organisers\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSeries($input: UpdateSeminarSeriesInput!) {\n    updateSeminarSeries(input: $input) {\n      series {\n        id\n        title\n        description\n        organisers\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeriesPage($id: ID!, $after: String) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      viewerCanOrganise\n      viewerFollowLevel\n      organisingMunicipalities {\n        id\n        name\n      }\n      organisingVolunteerGroups {\n        id\n        name\n      }\n      sessions(first: 50, after: $after) {\n        nodes {\n          id\n          ...SessionListItem\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SeriesPage($id: ID!, $after: String) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      viewerCanOrganise\n      viewerFollowLevel\n      organisingMunicipalities {\n        id\n        name\n      }\n      organisingVolunteerGroups {\n        id\n        name\n      }\n      sessions(first: 50, after: $after) {\n        nodes {\n          id\n          ...SessionListItem\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FollowSeries($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      target {\n        id\n        ... on SeminarSeries {\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation FollowSeries($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      target {\n        id\n        ... on SeminarSeries {\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnfollowSeries($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n      target {\n        id\n        ... on SeminarSeries {\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UnfollowSeries($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n      target {\n        id\n        ... on SeminarSeries {\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionListItem on SeminarSession {\n    id\n    title\n    topic\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistCount\n    cancelledAt\n    isUpcoming\n    registrationOpen\n    series {\n      id\n      title\n    }\n    viewerRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionListItem on SeminarSession {\n    id\n    title\n    topic\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistCount\n    cancelledAt\n    isUpcoming\n    registrationOpen\n    series {\n      id\n      title\n    }\n    viewerRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionPage($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      startsAt\n      endsAt\n      capacity\n      registeredCount\n      waitlistCount\n      seatsLeft\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      isUpcoming\n      cancelledAt\n      cancelReason\n      onlineUrl\n      guidingQuestions\n      attendanceCount\n      minutesHtml\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      viewerRegistration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      followUpThreads(first: 10) {\n        nodes {\n          id\n          title\n          bodyHtml\n          commentCount\n          closedAt\n          viewerCanClose\n          locked\n          createdAt\n          openQuestions {\n            id\n            bodyHtml\n            author {\n              displayName\n            }\n            addressedTo {\n              id\n              name\n            }\n          }\n        }\n      }\n      lessons {\n        id\n        ...LessonCard\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SessionPage($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      startsAt\n      endsAt\n      capacity\n      registeredCount\n      waitlistCount\n      seatsLeft\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      isUpcoming\n      cancelledAt\n      cancelReason\n      onlineUrl\n      guidingQuestions\n      attendanceCount\n      minutesHtml\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      viewerRegistration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      followUpThreads(first: 10) {\n        nodes {\n          id\n          title\n          bodyHtml\n          commentCount\n          closedAt\n          viewerCanClose\n          locked\n          createdAt\n          openQuestions {\n            id\n            bodyHtml\n            author {\n              displayName\n            }\n            addressedTo {\n              id\n              name\n            }\n          }\n        }\n      }\n      lessons {\n        id\n        ...LessonCard\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterForSession($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      session {\n        id\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterForSession($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      session {\n        id\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelSessionRegistration($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      session {\n        id\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelSessionRegistration($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      session {\n        id\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSessionReminder($input: SetSeminarReminderInput!) {\n    setSeminarReminder(input: $input) {\n      registration {\n        id\n        reminder\n      }\n      session {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetSessionReminder($input: SetSeminarReminderInput!) {\n    setSeminarReminder(input: $input) {\n      registration {\n        id\n        reminder\n      }\n      session {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LessonEditorOptions {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        status\n        municipality {\n          id\n          name\n        }\n        volunteerGroup {\n          id\n          name\n        }\n      }\n    }\n    crises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    seminarSessions(first: 50) {\n      nodes {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LessonEditorOptions {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        status\n        municipality {\n          id\n          name\n        }\n        volunteerGroup {\n          id\n          name\n        }\n      }\n    }\n    crises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    seminarSessions(first: 50) {\n      nodes {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LessonEditorDrafts {\n    experiences(first: 20, filter: { status: DRAFT }) {\n      nodes {\n        id\n        title\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LessonEditorDrafts {\n    experiences(first: 20, filter: { status: DRAFT }) {\n      nodes {\n        id\n        title\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LessonEditorLesson($id: ID!) {\n    experience(id: $id) {\n      id\n      status\n      updatedAt\n      title\n      summary\n      situation\n      actions\n      outcome\n      rootCause\n      transferability\n      hazards\n      phase\n      visibility\n      fieldsOfAction\n      actors\n      author {\n        id\n      }\n      municipality {\n        id\n        name\n      }\n      volunteerGroup {\n        id\n        name\n      }\n      crisis {\n        id\n      }\n      seminarSession {\n        id\n      }\n      recommendations {\n        text\n        addressee\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LessonEditorLesson($id: ID!) {\n    experience(id: $id) {\n      id\n      status\n      updatedAt\n      title\n      summary\n      situation\n      actions\n      outcome\n      rootCause\n      transferability\n      hazards\n      phase\n      visibility\n      fieldsOfAction\n      actors\n      author {\n        id\n      }\n      municipality {\n        id\n        name\n      }\n      volunteerGroup {\n        id\n        name\n      }\n      crisis {\n        id\n      }\n      seminarSession {\n        id\n      }\n      recommendations {\n        text\n        addressee\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateLesson($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        status\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateLesson($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        status\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateLesson($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        id\n        status\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateLesson($input: UpdateExperienceInput!) {\n    updateExperience(input: $input) {\n      experience {\n        id\n        status\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishLesson($input: PublishExperienceInput!) {\n    publishExperience(input: $input) {\n      experience {\n        id\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishLesson($input: PublishExperienceInput!) {\n    publishExperience(input: $input) {\n      experience {\n        id\n        status\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
