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
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n': typeof types.AddCommentDocument;
  '\n  fragment DiscussionComment on Comment {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    isAcceptedAnswer\n    addressedTo {\n      id\n      name\n    }\n    thread {\n      id\n    }\n    author {\n      id\n      displayName\n    }\n    moderation {\n      reason\n    }\n  }\n': typeof types.DiscussionCommentFragmentDoc;
  '\n  query DiscussionComments($threadId: ID!, $after: String) {\n    thread(id: $threadId) {\n      id\n      conclusionHtml\n      comments(first: 20, after: $after) {\n        nodes {\n          ...DiscussionComment\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.DiscussionCommentsDocument;
  '\n  query DiscussionReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      ... on Comment {\n        id\n        replies(first: 20, after: $after) {\n          nodes {\n            ...DiscussionComment\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n': typeof types.DiscussionRepliesDocument;
  '\n  mutation SignOut {\n    signOut {\n      sessionId\n    }\n  }\n': typeof types.SignOutDocument;
  '\n  fragment LessonCard on Experience {\n    id\n    title\n    summary\n    hazards\n    phase\n    publishedAt\n    helpfulCount\n    commentCount\n    municipality {\n      name\n      parent {\n        name\n      }\n    }\n    volunteerGroup {\n      name\n    }\n    crisis {\n      name\n    }\n  }\n': typeof types.LessonCardFragmentDoc;
  '\n  query FilterCrises {\n    crises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n': typeof types.FilterCrisesDocument;
  '\n  query PickerMunicipalities($name: String) {\n    municipalities(first: 20, nameContains: $name) {\n      nodes {\n        id\n        name\n        parent {\n          name\n        }\n      }\n    }\n  }\n': typeof types.PickerMunicipalitiesDocument;
  '\n  query PickerSelectedMunicipality($id: ID!) {\n    municipality(id: $id) {\n      id\n      name\n    }\n  }\n': typeof types.PickerSelectedMunicipalityDocument;
  '\n  query UnreadNotifications {\n    viewer {\n      id\n      unreadNotificationCount\n    }\n  }\n': typeof types.UnreadNotificationsDocument;
  '\n  subscription NotificationBadge {\n    notificationAdded {\n      eventId\n      resync\n      unreadCount\n    }\n  }\n': typeof types.NotificationBadgeDocument;
  '\n  fragment ReactionResult on ReactionPayload {\n    active\n    target {\n      id\n      ... on Experience {\n        helpfulCount\n        thanksCount\n        viewerReactions\n      }\n      ... on Comment {\n        helpfulCount\n        thanksCount\n        viewerReactions\n      }\n    }\n  }\n': typeof types.ReactionResultFragmentDoc;
  '\n  mutation AddReaction($input: ReactionInput!) {\n    addReaction(input: $input) {\n      ...ReactionResult\n    }\n  }\n': typeof types.AddReactionDocument;
  '\n  mutation RemoveReaction($input: ReactionInput!) {\n    removeReaction(input: $input) {\n      ...ReactionResult\n    }\n  }\n': typeof types.RemoveReactionDocument;
  '\n  query LessonPage($id: ID!) {\n    experience(id: $id) {\n      id\n      title\n      summary\n      situationHtml\n      actionsHtml\n      outcomeHtml\n      rootCauseHtml\n      transferabilityHtml\n      hazards\n      phase\n      fieldsOfAction\n      actors\n      publishedAt\n      helpfulCount\n      thanksCount\n      viewerReactions\n      moderation {\n        reason\n      }\n      recommendations {\n        text\n        addressee\n        status\n      }\n      author {\n        id\n        displayName\n      }\n      municipality {\n        name\n        parent {\n          name\n        }\n      }\n      volunteerGroup {\n        name\n      }\n      crisis {\n        id\n        name\n      }\n      seminarSession {\n        title\n        startsAt\n        endsAt\n      }\n      thread {\n        id\n        commentCount\n      }\n    }\n  }\n': typeof types.LessonPageDocument;
  '\n  query NotificationsPage {\n    viewer {\n      id\n      unreadNotificationCount\n      notifications(first: 50) {\n        nodes {\n          id\n          kind\n          read\n          createdAt\n          actor {\n            displayName\n          }\n          thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n          comment {\n            id\n          }\n          experience {\n            id\n            title\n          }\n          seminarSession {\n            id\n            title\n          }\n          membership {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.NotificationsPageDocument;
  '\n  subscription NotificationsPageLive {\n    notificationAdded {\n      eventId\n      resync\n      unreadCount\n    }\n  }\n': typeof types.NotificationsPageLiveDocument;
  '\n  mutation MarkAllNotificationsRead {\n    markNotificationsRead(input: { all: true }) {\n      unreadCount\n    }\n  }\n': typeof types.MarkAllNotificationsReadDocument;
  '\n  query SearchPage($query: String!, $after: String) {\n    search(query: $query, first: 20, after: $after) {\n      nodes {\n        snippet\n        node {\n          __typename\n          ... on Experience {\n            id\n            title\n            municipality {\n              name\n            }\n          }\n          ... on Thread {\n            id\n            title\n            experience {\n              id\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SearchPageDocument;
  '\n  query StartLessons($filter: ExperienceFilter, $orderBy: ExperienceOrder, $first: Int, $after: String) {\n    experiences(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      nodes {\n        id\n        ...LessonCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.StartLessonsDocument;
  '\n  query StartUpcomingSessions {\n    seminarSessions(first: 3, when: UPCOMING) {\n      nodes {\n        id\n        title\n        startsAt\n        endsAt\n        series {\n          title\n        }\n      }\n    }\n  }\n': typeof types.StartUpcomingSessionsDocument;
  '\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      bodyHtml\n      createdAt\n      commentCount\n      locked\n      lockReason\n      closedAt\n      author {\n        displayName\n      }\n      experience {\n        id\n        title\n      }\n      seminarSession {\n        id\n        title\n        speakers {\n          id\n          name\n          confirmation\n        }\n      }\n    }\n  }\n': typeof types.ThreadPageDocument;
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      email\n    }\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      email\n    }\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignUp($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n        email\n      }\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      email\n    }\n  }\n': typeof types.VerifyEmailDocument;
  '\n  query ManageSession($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      guidingQuestions\n      startsAt\n      endsAt\n      capacity\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      registeredCount\n      waitlistCount\n      seatsLeft\n      cancelledAt\n      cancelReason\n      isUpcoming\n      minutes\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      registrations(first: 100) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          registeredAt\n          cancelledAt\n          promotedAt\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n': typeof types.ManageSessionDocument;
  '\n  mutation UpdateSession($input: UpdateSeminarSessionInput!) {\n    updateSeminarSession(input: $input) {\n      session {\n        id\n        title\n      }\n    }\n  }\n': typeof types.UpdateSessionDocument;
  '\n  mutation AddSpeaker($input: AddSeminarSpeakerInput!) {\n    addSeminarSpeaker(input: $input) {\n      speaker {\n        id\n      }\n      session {\n        id\n      }\n    }\n  }\n': typeof types.AddSpeakerDocument;
  '\n  mutation UpdateSpeaker($input: UpdateSeminarSpeakerInput!) {\n    updateSeminarSpeaker(input: $input) {\n      speaker {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      session {\n        id\n      }\n    }\n  }\n': typeof types.UpdateSpeakerDocument;
  '\n  mutation RemoveSpeaker($input: RemoveSeminarSpeakerInput!) {\n    removeSeminarSpeaker(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n': typeof types.RemoveSpeakerDocument;
  '\n  mutation CancelSession($input: CancelSeminarSessionInput!) {\n    cancelSeminarSession(input: $input) {\n      session {\n        id\n        cancelledAt\n        cancelReason\n      }\n    }\n  }\n': typeof types.CancelSessionDocument;
  '\n  mutation RecordSession($input: RecordSeminarSessionInput!) {\n    recordSeminarSession(input: $input) {\n      session {\n        id\n        minutes\n        minutesHtml\n        recordingUrl\n      }\n    }\n  }\n': typeof types.RecordSessionDocument;
  '\n  query NewSessionSeries($id: ID!) {\n    seminarSeries(id: $id) {\n      id\n      title\n      viewerCanOrganise\n    }\n  }\n': typeof types.NewSessionSeriesDocument;
  '\n  mutation CreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n': typeof types.CreateSessionDocument;
  '\n  query SeminarsPage($when: SeminarTimeFilter!, $after: String) {\n    seminarSessions(when: $when, first: 20, after: $after) {\n      nodes {\n        id\n        ...SessionListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SeminarsPageDocument;
  '\n  query SeminarsPageSeries {\n    seminarSessions(when: ALL, first: 100) {\n      nodes {\n        id\n        series {\n          id\n          title\n          description\n          organisers\n        }\n      }\n    }\n  }\n': typeof types.SeminarsPageSeriesDocument;
  '\n  query SeminarsPageMine {\n    viewer {\n      id\n      seminarRegistrations {\n        id\n        session {\n          id\n          isUpcoming\n          ...SessionListItem\n        }\n      }\n    }\n  }\n': typeof types.SeminarsPageMineDocument;
  '\n  query SeriesPage($id: ID!, $after: String) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      viewerCanOrganise\n      viewerFollowLevel\n      organisingMunicipalities {\n        id\n        name\n      }\n      organisingVolunteerGroups {\n        id\n        name\n      }\n      sessions(first: 50, after: $after) {\n        nodes {\n          id\n          ...SessionListItem\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.SeriesPageDocument;
  '\n  mutation FollowSeries($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      target {\n        id\n        ... on SeminarSeries {\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n': typeof types.FollowSeriesDocument;
  '\n  mutation UnfollowSeries($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n      target {\n        id\n        ... on SeminarSeries {\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n': typeof types.UnfollowSeriesDocument;
  '\n  fragment SessionListItem on SeminarSession {\n    id\n    title\n    topic\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistCount\n    cancelledAt\n    isUpcoming\n    registrationOpen\n    series {\n      id\n      title\n    }\n    viewerRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n': typeof types.SessionListItemFragmentDoc;
  '\n  query SessionPage($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      startsAt\n      endsAt\n      capacity\n      registeredCount\n      waitlistCount\n      seatsLeft\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      isUpcoming\n      cancelledAt\n      cancelReason\n      onlineUrl\n      guidingQuestions\n      attendanceCount\n      minutesHtml\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      viewerRegistration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      followUpThreads(first: 10) {\n        nodes {\n          id\n          title\n          bodyHtml\n          commentCount\n          closedAt\n          locked\n          createdAt\n          openQuestions {\n            id\n            bodyHtml\n            author {\n              displayName\n            }\n            addressedTo {\n              id\n              name\n            }\n          }\n        }\n      }\n      lessons {\n        id\n        ...LessonCard\n      }\n    }\n  }\n': typeof types.SessionPageDocument;
  '\n  mutation RegisterForSession($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      session {\n        id\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n': typeof types.RegisterForSessionDocument;
  '\n  mutation CancelSessionRegistration($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      session {\n        id\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n': typeof types.CancelSessionRegistrationDocument;
  '\n  mutation SetSessionReminder($input: SetSeminarReminderInput!) {\n    setSeminarReminder(input: $input) {\n      registration {\n        id\n        reminder\n      }\n      session {\n        id\n      }\n    }\n  }\n': typeof types.SetSessionReminderDocument;
};
const documents: Documents = {
  '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n':
    types.AddCommentDocument,
  '\n  fragment DiscussionComment on Comment {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    isAcceptedAnswer\n    addressedTo {\n      id\n      name\n    }\n    thread {\n      id\n    }\n    author {\n      id\n      displayName\n    }\n    moderation {\n      reason\n    }\n  }\n':
    types.DiscussionCommentFragmentDoc,
  '\n  query DiscussionComments($threadId: ID!, $after: String) {\n    thread(id: $threadId) {\n      id\n      conclusionHtml\n      comments(first: 20, after: $after) {\n        nodes {\n          ...DiscussionComment\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.DiscussionCommentsDocument,
  '\n  query DiscussionReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      ... on Comment {\n        id\n        replies(first: 20, after: $after) {\n          nodes {\n            ...DiscussionComment\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n':
    types.DiscussionRepliesDocument,
  '\n  mutation SignOut {\n    signOut {\n      sessionId\n    }\n  }\n': types.SignOutDocument,
  '\n  fragment LessonCard on Experience {\n    id\n    title\n    summary\n    hazards\n    phase\n    publishedAt\n    helpfulCount\n    commentCount\n    municipality {\n      name\n      parent {\n        name\n      }\n    }\n    volunteerGroup {\n      name\n    }\n    crisis {\n      name\n    }\n  }\n':
    types.LessonCardFragmentDoc,
  '\n  query FilterCrises {\n    crises(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n':
    types.FilterCrisesDocument,
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
  '\n  query LessonPage($id: ID!) {\n    experience(id: $id) {\n      id\n      title\n      summary\n      situationHtml\n      actionsHtml\n      outcomeHtml\n      rootCauseHtml\n      transferabilityHtml\n      hazards\n      phase\n      fieldsOfAction\n      actors\n      publishedAt\n      helpfulCount\n      thanksCount\n      viewerReactions\n      moderation {\n        reason\n      }\n      recommendations {\n        text\n        addressee\n        status\n      }\n      author {\n        id\n        displayName\n      }\n      municipality {\n        name\n        parent {\n          name\n        }\n      }\n      volunteerGroup {\n        name\n      }\n      crisis {\n        id\n        name\n      }\n      seminarSession {\n        title\n        startsAt\n        endsAt\n      }\n      thread {\n        id\n        commentCount\n      }\n    }\n  }\n':
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
  '\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      bodyHtml\n      createdAt\n      commentCount\n      locked\n      lockReason\n      closedAt\n      author {\n        displayName\n      }\n      experience {\n        id\n        title\n      }\n      seminarSession {\n        id\n        title\n        speakers {\n          id\n          name\n          confirmation\n        }\n      }\n    }\n  }\n':
    types.ThreadPageDocument,
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
  '\n  query ManageSession($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      guidingQuestions\n      startsAt\n      endsAt\n      capacity\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      registeredCount\n      waitlistCount\n      seatsLeft\n      cancelledAt\n      cancelReason\n      isUpcoming\n      minutes\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      registrations(first: 100) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          registeredAt\n          cancelledAt\n          promotedAt\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n':
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
  '\n  query NewSessionSeries($id: ID!) {\n    seminarSeries(id: $id) {\n      id\n      title\n      viewerCanOrganise\n    }\n  }\n':
    types.NewSessionSeriesDocument,
  '\n  mutation CreateSession($input: CreateSeminarSessionInput!) {\n    createSeminarSession(input: $input) {\n      session {\n        id\n      }\n    }\n  }\n':
    types.CreateSessionDocument,
  '\n  query SeminarsPage($when: SeminarTimeFilter!, $after: String) {\n    seminarSessions(when: $when, first: 20, after: $after) {\n      nodes {\n        id\n        ...SessionListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.SeminarsPageDocument,
  '\n  query SeminarsPageSeries {\n    seminarSessions(when: ALL, first: 100) {\n      nodes {\n        id\n        series {\n          id\n          title\n          description\n          organisers\n        }\n      }\n    }\n  }\n':
    types.SeminarsPageSeriesDocument,
  '\n  query SeminarsPageMine {\n    viewer {\n      id\n      seminarRegistrations {\n        id\n        session {\n          id\n          isUpcoming\n          ...SessionListItem\n        }\n      }\n    }\n  }\n':
    types.SeminarsPageMineDocument,
  '\n  query SeriesPage($id: ID!, $after: String) {\n    seminarSeries(id: $id) {\n      id\n      title\n      description\n      organisers\n      viewerCanOrganise\n      viewerFollowLevel\n      organisingMunicipalities {\n        id\n        name\n      }\n      organisingVolunteerGroups {\n        id\n        name\n      }\n      sessions(first: 50, after: $after) {\n        nodes {\n          id\n          ...SessionListItem\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.SeriesPageDocument,
  '\n  mutation FollowSeries($input: FollowInput!) {\n    follow(input: $input) {\n      level\n      target {\n        id\n        ... on SeminarSeries {\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n':
    types.FollowSeriesDocument,
  '\n  mutation UnfollowSeries($input: UnfollowInput!) {\n    unfollow(input: $input) {\n      level\n      target {\n        id\n        ... on SeminarSeries {\n          viewerFollowLevel\n        }\n      }\n    }\n  }\n':
    types.UnfollowSeriesDocument,
  '\n  fragment SessionListItem on SeminarSession {\n    id\n    title\n    topic\n    startsAt\n    endsAt\n    capacity\n    seatsLeft\n    waitlistCount\n    cancelledAt\n    isUpcoming\n    registrationOpen\n    series {\n      id\n      title\n    }\n    viewerRegistration {\n      id\n      status\n      waitlistPosition\n    }\n  }\n':
    types.SessionListItemFragmentDoc,
  '\n  query SessionPage($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      startsAt\n      endsAt\n      capacity\n      registeredCount\n      waitlistCount\n      seatsLeft\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      isUpcoming\n      cancelledAt\n      cancelReason\n      onlineUrl\n      guidingQuestions\n      attendanceCount\n      minutesHtml\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      viewerRegistration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      followUpThreads(first: 10) {\n        nodes {\n          id\n          title\n          bodyHtml\n          commentCount\n          closedAt\n          locked\n          createdAt\n          openQuestions {\n            id\n            bodyHtml\n            author {\n              displayName\n            }\n            addressedTo {\n              id\n              name\n            }\n          }\n        }\n      }\n      lessons {\n        id\n        ...LessonCard\n      }\n    }\n  }\n':
    types.SessionPageDocument,
  '\n  mutation RegisterForSession($input: RegisterForSeminarSessionInput!) {\n    registerForSeminarSession(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      session {\n        id\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n':
    types.RegisterForSessionDocument,
  '\n  mutation CancelSessionRegistration($input: CancelSeminarRegistrationInput!) {\n    cancelSeminarRegistration(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      session {\n        id\n        registeredCount\n        waitlistCount\n        seatsLeft\n        onlineUrl\n      }\n    }\n  }\n':
    types.CancelSessionRegistrationDocument,
  '\n  mutation SetSessionReminder($input: SetSeminarReminderInput!) {\n    setSeminarReminder(input: $input) {\n      registration {\n        id\n        reminder\n      }\n      session {\n        id\n      }\n    }\n  }\n':
    types.SetSessionReminderDocument,
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
  source: '\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DiscussionComment on Comment {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    isAcceptedAnswer\n    addressedTo {\n      id\n      name\n    }\n    thread {\n      id\n    }\n    author {\n      id\n      displayName\n    }\n    moderation {\n      reason\n    }\n  }\n',
): (typeof documents)['\n  fragment DiscussionComment on Comment {\n    id\n    bodyHtml\n    createdAt\n    editedAt\n    deleted\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    isAcceptedAnswer\n    addressedTo {\n      id\n      name\n    }\n    thread {\n      id\n    }\n    author {\n      id\n      displayName\n    }\n    moderation {\n      reason\n    }\n  }\n'];
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
  source: '\n  query DiscussionReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      ... on Comment {\n        id\n        replies(first: 20, after: $after) {\n          nodes {\n            ...DiscussionComment\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DiscussionReplies($commentId: ID!, $after: String) {\n    node(id: $commentId) {\n      ... on Comment {\n        id\n        replies(first: 20, after: $after) {\n          nodes {\n            ...DiscussionComment\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  fragment LessonCard on Experience {\n    id\n    title\n    summary\n    hazards\n    phase\n    publishedAt\n    helpfulCount\n    commentCount\n    municipality {\n      name\n      parent {\n        name\n      }\n    }\n    volunteerGroup {\n      name\n    }\n    crisis {\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment LessonCard on Experience {\n    id\n    title\n    summary\n    hazards\n    phase\n    publishedAt\n    helpfulCount\n    commentCount\n    municipality {\n      name\n      parent {\n        name\n      }\n    }\n    volunteerGroup {\n      name\n    }\n    crisis {\n      name\n    }\n  }\n'];
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
  source: '\n  query LessonPage($id: ID!) {\n    experience(id: $id) {\n      id\n      title\n      summary\n      situationHtml\n      actionsHtml\n      outcomeHtml\n      rootCauseHtml\n      transferabilityHtml\n      hazards\n      phase\n      fieldsOfAction\n      actors\n      publishedAt\n      helpfulCount\n      thanksCount\n      viewerReactions\n      moderation {\n        reason\n      }\n      recommendations {\n        text\n        addressee\n        status\n      }\n      author {\n        id\n        displayName\n      }\n      municipality {\n        name\n        parent {\n          name\n        }\n      }\n      volunteerGroup {\n        name\n      }\n      crisis {\n        id\n        name\n      }\n      seminarSession {\n        title\n        startsAt\n        endsAt\n      }\n      thread {\n        id\n        commentCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LessonPage($id: ID!) {\n    experience(id: $id) {\n      id\n      title\n      summary\n      situationHtml\n      actionsHtml\n      outcomeHtml\n      rootCauseHtml\n      transferabilityHtml\n      hazards\n      phase\n      fieldsOfAction\n      actors\n      publishedAt\n      helpfulCount\n      thanksCount\n      viewerReactions\n      moderation {\n        reason\n      }\n      recommendations {\n        text\n        addressee\n        status\n      }\n      author {\n        id\n        displayName\n      }\n      municipality {\n        name\n        parent {\n          name\n        }\n      }\n      volunteerGroup {\n        name\n      }\n      crisis {\n        id\n        name\n      }\n      seminarSession {\n        title\n        startsAt\n        endsAt\n      }\n      thread {\n        id\n        commentCount\n      }\n    }\n  }\n'];
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
  source: '\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      bodyHtml\n      createdAt\n      commentCount\n      locked\n      lockReason\n      closedAt\n      author {\n        displayName\n      }\n      experience {\n        id\n        title\n      }\n      seminarSession {\n        id\n        title\n        speakers {\n          id\n          name\n          confirmation\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ThreadPage($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      bodyHtml\n      createdAt\n      commentCount\n      locked\n      lockReason\n      closedAt\n      author {\n        displayName\n      }\n      experience {\n        id\n        title\n      }\n      seminarSession {\n        id\n        title\n        speakers {\n          id\n          name\n          confirmation\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  query ManageSession($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      guidingQuestions\n      startsAt\n      endsAt\n      capacity\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      registeredCount\n      waitlistCount\n      seatsLeft\n      cancelledAt\n      cancelReason\n      isUpcoming\n      minutes\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      registrations(first: 100) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          registeredAt\n          cancelledAt\n          promotedAt\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ManageSession($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      guidingQuestions\n      startsAt\n      endsAt\n      capacity\n      onlineUrl\n      registrationOpensAt\n      registrationClosesAt\n      registeredCount\n      waitlistCount\n      seatsLeft\n      cancelledAt\n      cancelReason\n      isUpcoming\n      minutes\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      registrations(first: 100) {\n        nodes {\n          id\n          status\n          waitlistPosition\n          registeredAt\n          cancelledAt\n          promotedAt\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  query SeminarsPageMine {\n    viewer {\n      id\n      seminarRegistrations {\n        id\n        session {\n          id\n          isUpcoming\n          ...SessionListItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SeminarsPageMine {\n    viewer {\n      id\n      seminarRegistrations {\n        id\n        session {\n          id\n          isUpcoming\n          ...SessionListItem\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  query SessionPage($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      startsAt\n      endsAt\n      capacity\n      registeredCount\n      waitlistCount\n      seatsLeft\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      isUpcoming\n      cancelledAt\n      cancelReason\n      onlineUrl\n      guidingQuestions\n      attendanceCount\n      minutesHtml\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      viewerRegistration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      followUpThreads(first: 10) {\n        nodes {\n          id\n          title\n          bodyHtml\n          commentCount\n          closedAt\n          locked\n          createdAt\n          openQuestions {\n            id\n            bodyHtml\n            author {\n              displayName\n            }\n            addressedTo {\n              id\n              name\n            }\n          }\n        }\n      }\n      lessons {\n        id\n        ...LessonCard\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SessionPage($id: ID!) {\n    seminarSession(id: $id) {\n      id\n      title\n      topic\n      description\n      startsAt\n      endsAt\n      capacity\n      registeredCount\n      waitlistCount\n      seatsLeft\n      registrationOpen\n      registrationOpensAt\n      registrationClosesAt\n      isUpcoming\n      cancelledAt\n      cancelReason\n      onlineUrl\n      guidingQuestions\n      attendanceCount\n      minutesHtml\n      recordingUrl\n      viewerCanOrganise\n      series {\n        id\n        title\n      }\n      speakers {\n        id\n        name\n        role\n        organisation\n        confirmation\n      }\n      viewerRegistration {\n        id\n        status\n        waitlistPosition\n        reminder\n      }\n      followUpThreads(first: 10) {\n        nodes {\n          id\n          title\n          bodyHtml\n          commentCount\n          closedAt\n          locked\n          createdAt\n          openQuestions {\n            id\n            bodyHtml\n            author {\n              displayName\n            }\n            addressedTo {\n              id\n              name\n            }\n          }\n        }\n      }\n      lessons {\n        id\n        ...LessonCard\n      }\n    }\n  }\n'];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
