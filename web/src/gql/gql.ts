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
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      staff {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  query EditorReferenceNames {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    audiences {\n      id\n      name\n    }\n  }\n": typeof types.EditorReferenceNamesDocument,
    "\n  query BlockCatalogue {\n    blockCatalogue {\n      code\n      entry\n    }\n  }\n": typeof types.BlockCatalogueDocument,
    "\n  query PanelRule($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      status\n      mode\n      activeVersion\n      latestVersion\n      updatedAt\n    }\n  }\n": typeof types.PanelRuleDocument,
    "\n  query PanelEventTypes {\n    eventTypes {\n      name\n      description\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n": typeof types.PanelEventTypesDocument,
    "\n  query PanelTemplates {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n        status\n        maxValue\n        issuedCount\n      }\n    }\n  }\n": typeof types.PanelTemplatesDocument,
    "\n  query SimulateRule($graph: JSON!, $facts: JSON!, $storedFacts: Boolean!) {\n    simulateRule(graph: $graph, facts: $facts, storedFacts: $storedFacts) {\n      actions\n      splitArm\n      trace\n    }\n  }\n": typeof types.SimulateRuleDocument,
    "\n  query PanelUserProfile($userId: ID!) {\n    userProfile(userId: $userId) {\n      userId\n      attributes\n    }\n  }\n": typeof types.PanelUserProfileDocument,
    "\n  query ReplayRule($graph: JSON!, $from: DateTime!, $to: DateTime!) {\n    replayRule(graph: $graph, from: $from, to: $to) {\n      events\n      evaluations\n      firings\n      users\n      control\n      worstCaseCost\n      expectedCost\n      truncated\n      issues {\n        templateId\n        count\n        users\n        maxValue\n        worstCaseCost\n        expectedCost\n        redemptionRate\n      }\n    }\n  }\n": typeof types.ReplayRuleDocument,
    "\n  query CheckRule($id: ID!) {\n    checkRule(id: $id) {\n      valid\n      worstCaseSubsidyPerEvent\n      issues {\n        code\n        message\n        nodeIds\n      }\n      checks {\n        severity\n        code\n        message\n        nodeIds\n      }\n    }\n  }\n": typeof types.CheckRuleDocument,
    "\n  mutation PanelSaveDraft($id: ID!, $graph: JSON!) {\n    updateRule(id: $id, input: { graph: $graph }) {\n      id\n      updatedAt\n    }\n  }\n": typeof types.PanelSaveDraftDocument,
    "\n  mutation PublishRule($id: ID!, $note: String) {\n    publishRule(id: $id, note: $note) {\n      rule {\n        id\n        status\n        activeVersion\n        latestVersion\n      }\n      report {\n        valid\n        worstCaseSubsidyPerEvent\n        issues {\n          code\n          message\n          nodeIds\n        }\n        checks {\n          severity\n          code\n          message\n          nodeIds\n        }\n      }\n    }\n  }\n": typeof types.PublishRuleDocument,
    "\n  mutation SetRuleMode($id: ID!, $mode: RuleMode!) {\n    updateRule(id: $id, input: { mode: $mode }) {\n      id\n      mode\n    }\n  }\n": typeof types.SetRuleModeDocument,
    "\n  mutation PanelPauseRule($id: ID!) {\n    pauseRule(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PanelPauseRuleDocument,
    "\n  mutation PanelResumeRule($id: ID!) {\n    resumeRule(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PanelResumeRuleDocument,
    "\n  query RuleVersions($ruleId: ID!) {\n    ruleVersions(ruleId: $ruleId) {\n      version\n      graph\n      trigger\n      mode\n      publishedAt\n      publishedBy\n      note\n    }\n  }\n": typeof types.RuleVersionsDocument,
    "\n  mutation RollbackRule($id: ID!, $version: Int!) {\n    rollbackRule(id: $id, version: $version) {\n      id\n      status\n      activeVersion\n    }\n  }\n": typeof types.RollbackRuleDocument,
    "\n  query PanelExposures($ruleId: ID!) {\n    ruleExposures(ruleId: $ruleId) {\n      arm\n      control\n      users\n    }\n  }\n": typeof types.PanelExposuresDocument,
    "\n  query LiveRule($id: ID!) {\n    rule(id: $id) {\n      id\n      status\n      activeVersion\n      actionsToday\n      lastFiredAt\n    }\n  }\n": typeof types.LiveRuleDocument,
    "\n  query RuleNodeUsers($ruleId: ID!, $from: DateTime!, $to: DateTime!, $version: Int) {\n    ruleNodeUsers(ruleId: $ruleId, from: $from, to: $to, version: $version) {\n      from\n      to\n      version\n      relativeError\n      nodes {\n        nodeId\n        users\n      }\n      ports {\n        nodeId\n        port\n        users\n      }\n    }\n  }\n": typeof types.RuleNodeUsersDocument,
    "\n  query PanelVersionGraphs($ruleId: ID!) {\n    ruleVersions(ruleId: $ruleId) {\n      version\n      graph\n    }\n  }\n": typeof types.PanelVersionGraphsDocument,
    "\n  query EditorEventTypes {\n    eventTypes {\n      name\n      description\n      builtin\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n": typeof types.EditorEventTypesDocument,
    "\n  query EditorTemplateSearch($search: String, $first: Int!) {\n    templates(first: $first, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        kind\n        status\n      }\n      totalCount\n    }\n  }\n": typeof types.EditorTemplateSearchDocument,
    "\n  query EditorTemplateById($id: ID!) {\n    template(id: $id) {\n      id\n      name\n      kind\n      status\n    }\n  }\n": typeof types.EditorTemplateByIdDocument,
    "\n  query EditorAudiences {\n    audiences {\n      id\n      name\n      kind\n      size\n    }\n  }\n": typeof types.EditorAudiencesDocument,
    "\n  query EditorUserAttributeKeys($search: String, $first: Int!) {\n    userAttributeKeys(search: $search, first: $first)\n  }\n": typeof types.EditorUserAttributeKeysDocument,
    "\n  query AudiencesList($search: String) {\n    audiences(search: $search) {\n      id\n      name\n      description\n      kind\n      size\n      updatedAt\n    }\n  }\n": typeof types.AudiencesListDocument,
    "\n  query AudienceDetail($id: ID!) {\n    audience(id: $id) {\n      id\n      name\n      description\n      kind\n      expression\n      size\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.AudienceDetailDocument,
    "\n  query AudienceEstimate($audienceId: ID, $expression: JSON, $sample: Int!) {\n    audiencePreview(audienceId: $audienceId, expression: $expression, sample: $sample) {\n      size\n      sample\n    }\n  }\n": typeof types.AudienceEstimateDocument,
    "\n  query AudienceMembershipCheck($audienceId: ID!, $userId: ID!) {\n    isAudienceMember(audienceId: $audienceId, userId: $userId)\n  }\n": typeof types.AudienceMembershipCheckDocument,
    "\n  mutation AudienceCreate($input: CreateAudienceInput!) {\n    createAudience(input: $input) {\n      id\n      name\n      kind\n      expression\n      size\n    }\n  }\n": typeof types.AudienceCreateDocument,
    "\n  mutation AudienceUpdate($id: ID!, $input: UpdateAudienceInput!) {\n    updateAudience(id: $id, input: $input) {\n      id\n      name\n      description\n      expression\n      size\n      updatedAt\n    }\n  }\n": typeof types.AudienceUpdateDocument,
    "\n  mutation AudienceDelete($id: ID!) {\n    deleteAudience(id: $id)\n  }\n": typeof types.AudienceDeleteDocument,
    "\n  mutation AudienceUploadChunk($audienceId: ID!, $csv: String!, $replace: Boolean!) {\n    uploadAudienceMembers(audienceId: $audienceId, csv: $csv, replace: $replace) {\n      rows\n      added\n      size\n      invalid {\n        line\n        value\n      }\n    }\n  }\n": typeof types.AudienceUploadChunkDocument,
    "\n  fragment BulkJobFields on BulkIssueJob {\n    id\n    templateId\n    status\n    total\n    processed\n    issued\n    heldOut\n    skipped\n    failed\n    percent\n    holdoutPercent\n    error\n    refusals {\n      reason\n      count\n    }\n    createdAt\n    updatedAt\n    finishedAt\n  }\n": typeof types.BulkJobFieldsFragmentDoc,
    "\n  query IssuingTemplates($search: String) {\n    templates(first: 50, filter: { search: $search, status: [ACTIVE, PAUSED, DRAFT] }) {\n      nodes {\n        id\n        name\n        kind\n        status\n      }\n    }\n  }\n": typeof types.IssuingTemplatesDocument,
    "\n  query IssuingAudiences {\n    audiences {\n      id\n      name\n      kind\n      size\n    }\n  }\n": typeof types.IssuingAudiencesDocument,
    "\n  query IssuingJobs($first: Int!, $before: ID) {\n    bulkIssueJobs(first: $first, before: $before) {\n      ...BulkJobFields\n    }\n  }\n": typeof types.IssuingJobsDocument,
    "\n  query IssuingJob($id: ID!) {\n    bulkIssueJob(id: $id) {\n      ...BulkJobFields\n    }\n  }\n": typeof types.IssuingJobDocument,
    "\n  mutation IssuingStartToUsers($input: BulkIssueInput!) {\n    startBulkIssue(input: $input) {\n      ...BulkJobFields\n    }\n  }\n": typeof types.IssuingStartToUsersDocument,
    "\n  mutation IssuingStartToAudience($templateId: ID!, $audienceId: ID!, $holdoutPercent: Float) {\n    issueToAudience(templateId: $templateId, audienceId: $audienceId, holdoutPercent: $holdoutPercent) {\n      ...BulkJobFields\n    }\n  }\n": typeof types.IssuingStartToAudienceDocument,
    "\n  mutation IssuingPause($id: ID!) {\n    pauseBulkIssue(id: $id) {\n      ...BulkJobFields\n    }\n  }\n": typeof types.IssuingPauseDocument,
    "\n  mutation IssuingResume($id: ID!) {\n    resumeBulkIssue(id: $id) {\n      ...BulkJobFields\n    }\n  }\n": typeof types.IssuingResumeDocument,
    "\n  mutation IssuingCancel($id: ID!) {\n    cancelBulkIssue(id: $id) {\n      ...BulkJobFields\n    }\n  }\n": typeof types.IssuingCancelDocument,
    "\n  query IssuingJobExperiment($jobId: ID!, $windowSeconds: Int) {\n    jobExperiment(jobId: $jobId, windowSeconds: $windowSeconds, minUsersPerArm: 20) {\n      jobId\n      holdoutPercent\n      windowSeconds\n      exposedUsers\n      measuredUsers\n      srm {\n        mismatch\n        p\n        observed\n      }\n      arms {\n        arm\n        control\n        exposed\n        users\n        conversion\n        revenuePerUser\n        netContributionPerUser\n        subsidy\n      }\n      lifts {\n        metric\n        arm\n        absolute {\n          estimate\n          low\n          high\n          p\n        }\n        relative {\n          estimate\n          low\n          high\n        }\n      }\n      incrementalProfit {\n        estimate\n        low\n        high\n        treatedUsers\n      }\n      recommendation\n      evidence\n    }\n  }\n": typeof types.IssuingJobExperimentDocument,
    "\n  query RuleEditor($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      description\n      status\n      mode\n      draft\n      activeVersion\n      latestVersion\n      updatedAt\n    }\n  }\n": typeof types.RuleEditorDocument,
    "\n  mutation UpdateRuleDraft($id: ID!, $input: UpdateRuleInput!) {\n    updateRule(id: $id, input: $input) {\n      id\n      name\n      status\n      mode\n      updatedAt\n    }\n  }\n": typeof types.UpdateRuleDraftDocument,
    "\n  query Rules($first: Int!) {\n    rules(first: $first) {\n      id\n      name\n      description\n      status\n      mode\n      activeVersion\n      latestVersion\n      trigger\n      lastFiredAt\n      actionsToday\n      updatedAt\n    }\n  }\n": typeof types.RulesDocument,
    "\n  mutation CreateRule($input: CreateRuleInput!) {\n    createRule(input: $input) {\n      id\n      name\n      status\n      mode\n    }\n  }\n": typeof types.CreateRuleDocument,
    "\n  mutation DuplicateRule($id: ID!) {\n    duplicateRule(id: $id) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.DuplicateRuleDocument,
    "\n  mutation PauseRule($id: ID!) {\n    pauseRule(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.PauseRuleDocument,
    "\n  mutation ResumeRule($id: ID!) {\n    resumeRule(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.ResumeRuleDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      staff {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n": types.MeDocument,
    "\n  query EditorReferenceNames {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    audiences {\n      id\n      name\n    }\n  }\n": types.EditorReferenceNamesDocument,
    "\n  query BlockCatalogue {\n    blockCatalogue {\n      code\n      entry\n    }\n  }\n": types.BlockCatalogueDocument,
    "\n  query PanelRule($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      status\n      mode\n      activeVersion\n      latestVersion\n      updatedAt\n    }\n  }\n": types.PanelRuleDocument,
    "\n  query PanelEventTypes {\n    eventTypes {\n      name\n      description\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n": types.PanelEventTypesDocument,
    "\n  query PanelTemplates {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n        status\n        maxValue\n        issuedCount\n      }\n    }\n  }\n": types.PanelTemplatesDocument,
    "\n  query SimulateRule($graph: JSON!, $facts: JSON!, $storedFacts: Boolean!) {\n    simulateRule(graph: $graph, facts: $facts, storedFacts: $storedFacts) {\n      actions\n      splitArm\n      trace\n    }\n  }\n": types.SimulateRuleDocument,
    "\n  query PanelUserProfile($userId: ID!) {\n    userProfile(userId: $userId) {\n      userId\n      attributes\n    }\n  }\n": types.PanelUserProfileDocument,
    "\n  query ReplayRule($graph: JSON!, $from: DateTime!, $to: DateTime!) {\n    replayRule(graph: $graph, from: $from, to: $to) {\n      events\n      evaluations\n      firings\n      users\n      control\n      worstCaseCost\n      expectedCost\n      truncated\n      issues {\n        templateId\n        count\n        users\n        maxValue\n        worstCaseCost\n        expectedCost\n        redemptionRate\n      }\n    }\n  }\n": types.ReplayRuleDocument,
    "\n  query CheckRule($id: ID!) {\n    checkRule(id: $id) {\n      valid\n      worstCaseSubsidyPerEvent\n      issues {\n        code\n        message\n        nodeIds\n      }\n      checks {\n        severity\n        code\n        message\n        nodeIds\n      }\n    }\n  }\n": types.CheckRuleDocument,
    "\n  mutation PanelSaveDraft($id: ID!, $graph: JSON!) {\n    updateRule(id: $id, input: { graph: $graph }) {\n      id\n      updatedAt\n    }\n  }\n": types.PanelSaveDraftDocument,
    "\n  mutation PublishRule($id: ID!, $note: String) {\n    publishRule(id: $id, note: $note) {\n      rule {\n        id\n        status\n        activeVersion\n        latestVersion\n      }\n      report {\n        valid\n        worstCaseSubsidyPerEvent\n        issues {\n          code\n          message\n          nodeIds\n        }\n        checks {\n          severity\n          code\n          message\n          nodeIds\n        }\n      }\n    }\n  }\n": types.PublishRuleDocument,
    "\n  mutation SetRuleMode($id: ID!, $mode: RuleMode!) {\n    updateRule(id: $id, input: { mode: $mode }) {\n      id\n      mode\n    }\n  }\n": types.SetRuleModeDocument,
    "\n  mutation PanelPauseRule($id: ID!) {\n    pauseRule(id: $id) {\n      id\n      status\n    }\n  }\n": types.PanelPauseRuleDocument,
    "\n  mutation PanelResumeRule($id: ID!) {\n    resumeRule(id: $id) {\n      id\n      status\n    }\n  }\n": types.PanelResumeRuleDocument,
    "\n  query RuleVersions($ruleId: ID!) {\n    ruleVersions(ruleId: $ruleId) {\n      version\n      graph\n      trigger\n      mode\n      publishedAt\n      publishedBy\n      note\n    }\n  }\n": types.RuleVersionsDocument,
    "\n  mutation RollbackRule($id: ID!, $version: Int!) {\n    rollbackRule(id: $id, version: $version) {\n      id\n      status\n      activeVersion\n    }\n  }\n": types.RollbackRuleDocument,
    "\n  query PanelExposures($ruleId: ID!) {\n    ruleExposures(ruleId: $ruleId) {\n      arm\n      control\n      users\n    }\n  }\n": types.PanelExposuresDocument,
    "\n  query LiveRule($id: ID!) {\n    rule(id: $id) {\n      id\n      status\n      activeVersion\n      actionsToday\n      lastFiredAt\n    }\n  }\n": types.LiveRuleDocument,
    "\n  query RuleNodeUsers($ruleId: ID!, $from: DateTime!, $to: DateTime!, $version: Int) {\n    ruleNodeUsers(ruleId: $ruleId, from: $from, to: $to, version: $version) {\n      from\n      to\n      version\n      relativeError\n      nodes {\n        nodeId\n        users\n      }\n      ports {\n        nodeId\n        port\n        users\n      }\n    }\n  }\n": types.RuleNodeUsersDocument,
    "\n  query PanelVersionGraphs($ruleId: ID!) {\n    ruleVersions(ruleId: $ruleId) {\n      version\n      graph\n    }\n  }\n": types.PanelVersionGraphsDocument,
    "\n  query EditorEventTypes {\n    eventTypes {\n      name\n      description\n      builtin\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n": types.EditorEventTypesDocument,
    "\n  query EditorTemplateSearch($search: String, $first: Int!) {\n    templates(first: $first, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        kind\n        status\n      }\n      totalCount\n    }\n  }\n": types.EditorTemplateSearchDocument,
    "\n  query EditorTemplateById($id: ID!) {\n    template(id: $id) {\n      id\n      name\n      kind\n      status\n    }\n  }\n": types.EditorTemplateByIdDocument,
    "\n  query EditorAudiences {\n    audiences {\n      id\n      name\n      kind\n      size\n    }\n  }\n": types.EditorAudiencesDocument,
    "\n  query EditorUserAttributeKeys($search: String, $first: Int!) {\n    userAttributeKeys(search: $search, first: $first)\n  }\n": types.EditorUserAttributeKeysDocument,
    "\n  query AudiencesList($search: String) {\n    audiences(search: $search) {\n      id\n      name\n      description\n      kind\n      size\n      updatedAt\n    }\n  }\n": types.AudiencesListDocument,
    "\n  query AudienceDetail($id: ID!) {\n    audience(id: $id) {\n      id\n      name\n      description\n      kind\n      expression\n      size\n      createdAt\n      updatedAt\n    }\n  }\n": types.AudienceDetailDocument,
    "\n  query AudienceEstimate($audienceId: ID, $expression: JSON, $sample: Int!) {\n    audiencePreview(audienceId: $audienceId, expression: $expression, sample: $sample) {\n      size\n      sample\n    }\n  }\n": types.AudienceEstimateDocument,
    "\n  query AudienceMembershipCheck($audienceId: ID!, $userId: ID!) {\n    isAudienceMember(audienceId: $audienceId, userId: $userId)\n  }\n": types.AudienceMembershipCheckDocument,
    "\n  mutation AudienceCreate($input: CreateAudienceInput!) {\n    createAudience(input: $input) {\n      id\n      name\n      kind\n      expression\n      size\n    }\n  }\n": types.AudienceCreateDocument,
    "\n  mutation AudienceUpdate($id: ID!, $input: UpdateAudienceInput!) {\n    updateAudience(id: $id, input: $input) {\n      id\n      name\n      description\n      expression\n      size\n      updatedAt\n    }\n  }\n": types.AudienceUpdateDocument,
    "\n  mutation AudienceDelete($id: ID!) {\n    deleteAudience(id: $id)\n  }\n": types.AudienceDeleteDocument,
    "\n  mutation AudienceUploadChunk($audienceId: ID!, $csv: String!, $replace: Boolean!) {\n    uploadAudienceMembers(audienceId: $audienceId, csv: $csv, replace: $replace) {\n      rows\n      added\n      size\n      invalid {\n        line\n        value\n      }\n    }\n  }\n": types.AudienceUploadChunkDocument,
    "\n  fragment BulkJobFields on BulkIssueJob {\n    id\n    templateId\n    status\n    total\n    processed\n    issued\n    heldOut\n    skipped\n    failed\n    percent\n    holdoutPercent\n    error\n    refusals {\n      reason\n      count\n    }\n    createdAt\n    updatedAt\n    finishedAt\n  }\n": types.BulkJobFieldsFragmentDoc,
    "\n  query IssuingTemplates($search: String) {\n    templates(first: 50, filter: { search: $search, status: [ACTIVE, PAUSED, DRAFT] }) {\n      nodes {\n        id\n        name\n        kind\n        status\n      }\n    }\n  }\n": types.IssuingTemplatesDocument,
    "\n  query IssuingAudiences {\n    audiences {\n      id\n      name\n      kind\n      size\n    }\n  }\n": types.IssuingAudiencesDocument,
    "\n  query IssuingJobs($first: Int!, $before: ID) {\n    bulkIssueJobs(first: $first, before: $before) {\n      ...BulkJobFields\n    }\n  }\n": types.IssuingJobsDocument,
    "\n  query IssuingJob($id: ID!) {\n    bulkIssueJob(id: $id) {\n      ...BulkJobFields\n    }\n  }\n": types.IssuingJobDocument,
    "\n  mutation IssuingStartToUsers($input: BulkIssueInput!) {\n    startBulkIssue(input: $input) {\n      ...BulkJobFields\n    }\n  }\n": types.IssuingStartToUsersDocument,
    "\n  mutation IssuingStartToAudience($templateId: ID!, $audienceId: ID!, $holdoutPercent: Float) {\n    issueToAudience(templateId: $templateId, audienceId: $audienceId, holdoutPercent: $holdoutPercent) {\n      ...BulkJobFields\n    }\n  }\n": types.IssuingStartToAudienceDocument,
    "\n  mutation IssuingPause($id: ID!) {\n    pauseBulkIssue(id: $id) {\n      ...BulkJobFields\n    }\n  }\n": types.IssuingPauseDocument,
    "\n  mutation IssuingResume($id: ID!) {\n    resumeBulkIssue(id: $id) {\n      ...BulkJobFields\n    }\n  }\n": types.IssuingResumeDocument,
    "\n  mutation IssuingCancel($id: ID!) {\n    cancelBulkIssue(id: $id) {\n      ...BulkJobFields\n    }\n  }\n": types.IssuingCancelDocument,
    "\n  query IssuingJobExperiment($jobId: ID!, $windowSeconds: Int) {\n    jobExperiment(jobId: $jobId, windowSeconds: $windowSeconds, minUsersPerArm: 20) {\n      jobId\n      holdoutPercent\n      windowSeconds\n      exposedUsers\n      measuredUsers\n      srm {\n        mismatch\n        p\n        observed\n      }\n      arms {\n        arm\n        control\n        exposed\n        users\n        conversion\n        revenuePerUser\n        netContributionPerUser\n        subsidy\n      }\n      lifts {\n        metric\n        arm\n        absolute {\n          estimate\n          low\n          high\n          p\n        }\n        relative {\n          estimate\n          low\n          high\n        }\n      }\n      incrementalProfit {\n        estimate\n        low\n        high\n        treatedUsers\n      }\n      recommendation\n      evidence\n    }\n  }\n": types.IssuingJobExperimentDocument,
    "\n  query RuleEditor($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      description\n      status\n      mode\n      draft\n      activeVersion\n      latestVersion\n      updatedAt\n    }\n  }\n": types.RuleEditorDocument,
    "\n  mutation UpdateRuleDraft($id: ID!, $input: UpdateRuleInput!) {\n    updateRule(id: $id, input: $input) {\n      id\n      name\n      status\n      mode\n      updatedAt\n    }\n  }\n": types.UpdateRuleDraftDocument,
    "\n  query Rules($first: Int!) {\n    rules(first: $first) {\n      id\n      name\n      description\n      status\n      mode\n      activeVersion\n      latestVersion\n      trigger\n      lastFiredAt\n      actionsToday\n      updatedAt\n    }\n  }\n": types.RulesDocument,
    "\n  mutation CreateRule($input: CreateRuleInput!) {\n    createRule(input: $input) {\n      id\n      name\n      status\n      mode\n    }\n  }\n": types.CreateRuleDocument,
    "\n  mutation DuplicateRule($id: ID!) {\n    duplicateRule(id: $id) {\n      id\n      name\n      status\n    }\n  }\n": types.DuplicateRuleDocument,
    "\n  mutation PauseRule($id: ID!) {\n    pauseRule(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.PauseRuleDocument,
    "\n  mutation ResumeRule($id: ID!) {\n    resumeRule(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.ResumeRuleDocument,
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
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      staff {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      staff {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorReferenceNames {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    audiences {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query EditorReferenceNames {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    audiences {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlockCatalogue {\n    blockCatalogue {\n      code\n      entry\n    }\n  }\n"): (typeof documents)["\n  query BlockCatalogue {\n    blockCatalogue {\n      code\n      entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelRule($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      status\n      mode\n      activeVersion\n      latestVersion\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query PanelRule($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      status\n      mode\n      activeVersion\n      latestVersion\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelEventTypes {\n    eventTypes {\n      name\n      description\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  query PanelEventTypes {\n    eventTypes {\n      name\n      description\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelTemplates {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n        status\n        maxValue\n        issuedCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PanelTemplates {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n        status\n        maxValue\n        issuedCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulateRule($graph: JSON!, $facts: JSON!, $storedFacts: Boolean!) {\n    simulateRule(graph: $graph, facts: $facts, storedFacts: $storedFacts) {\n      actions\n      splitArm\n      trace\n    }\n  }\n"): (typeof documents)["\n  query SimulateRule($graph: JSON!, $facts: JSON!, $storedFacts: Boolean!) {\n    simulateRule(graph: $graph, facts: $facts, storedFacts: $storedFacts) {\n      actions\n      splitArm\n      trace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelUserProfile($userId: ID!) {\n    userProfile(userId: $userId) {\n      userId\n      attributes\n    }\n  }\n"): (typeof documents)["\n  query PanelUserProfile($userId: ID!) {\n    userProfile(userId: $userId) {\n      userId\n      attributes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplayRule($graph: JSON!, $from: DateTime!, $to: DateTime!) {\n    replayRule(graph: $graph, from: $from, to: $to) {\n      events\n      evaluations\n      firings\n      users\n      control\n      worstCaseCost\n      expectedCost\n      truncated\n      issues {\n        templateId\n        count\n        users\n        maxValue\n        worstCaseCost\n        expectedCost\n        redemptionRate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReplayRule($graph: JSON!, $from: DateTime!, $to: DateTime!) {\n    replayRule(graph: $graph, from: $from, to: $to) {\n      events\n      evaluations\n      firings\n      users\n      control\n      worstCaseCost\n      expectedCost\n      truncated\n      issues {\n        templateId\n        count\n        users\n        maxValue\n        worstCaseCost\n        expectedCost\n        redemptionRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckRule($id: ID!) {\n    checkRule(id: $id) {\n      valid\n      worstCaseSubsidyPerEvent\n      issues {\n        code\n        message\n        nodeIds\n      }\n      checks {\n        severity\n        code\n        message\n        nodeIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckRule($id: ID!) {\n    checkRule(id: $id) {\n      valid\n      worstCaseSubsidyPerEvent\n      issues {\n        code\n        message\n        nodeIds\n      }\n      checks {\n        severity\n        code\n        message\n        nodeIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PanelSaveDraft($id: ID!, $graph: JSON!) {\n    updateRule(id: $id, input: { graph: $graph }) {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PanelSaveDraft($id: ID!, $graph: JSON!) {\n    updateRule(id: $id, input: { graph: $graph }) {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRule($id: ID!, $note: String) {\n    publishRule(id: $id, note: $note) {\n      rule {\n        id\n        status\n        activeVersion\n        latestVersion\n      }\n      report {\n        valid\n        worstCaseSubsidyPerEvent\n        issues {\n          code\n          message\n          nodeIds\n        }\n        checks {\n          severity\n          code\n          message\n          nodeIds\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishRule($id: ID!, $note: String) {\n    publishRule(id: $id, note: $note) {\n      rule {\n        id\n        status\n        activeVersion\n        latestVersion\n      }\n      report {\n        valid\n        worstCaseSubsidyPerEvent\n        issues {\n          code\n          message\n          nodeIds\n        }\n        checks {\n          severity\n          code\n          message\n          nodeIds\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRuleMode($id: ID!, $mode: RuleMode!) {\n    updateRule(id: $id, input: { mode: $mode }) {\n      id\n      mode\n    }\n  }\n"): (typeof documents)["\n  mutation SetRuleMode($id: ID!, $mode: RuleMode!) {\n    updateRule(id: $id, input: { mode: $mode }) {\n      id\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PanelPauseRule($id: ID!) {\n    pauseRule(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PanelPauseRule($id: ID!) {\n    pauseRule(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PanelResumeRule($id: ID!) {\n    resumeRule(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PanelResumeRule($id: ID!) {\n    resumeRule(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleVersions($ruleId: ID!) {\n    ruleVersions(ruleId: $ruleId) {\n      version\n      graph\n      trigger\n      mode\n      publishedAt\n      publishedBy\n      note\n    }\n  }\n"): (typeof documents)["\n  query RuleVersions($ruleId: ID!) {\n    ruleVersions(ruleId: $ruleId) {\n      version\n      graph\n      trigger\n      mode\n      publishedAt\n      publishedBy\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollbackRule($id: ID!, $version: Int!) {\n    rollbackRule(id: $id, version: $version) {\n      id\n      status\n      activeVersion\n    }\n  }\n"): (typeof documents)["\n  mutation RollbackRule($id: ID!, $version: Int!) {\n    rollbackRule(id: $id, version: $version) {\n      id\n      status\n      activeVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelExposures($ruleId: ID!) {\n    ruleExposures(ruleId: $ruleId) {\n      arm\n      control\n      users\n    }\n  }\n"): (typeof documents)["\n  query PanelExposures($ruleId: ID!) {\n    ruleExposures(ruleId: $ruleId) {\n      arm\n      control\n      users\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveRule($id: ID!) {\n    rule(id: $id) {\n      id\n      status\n      activeVersion\n      actionsToday\n      lastFiredAt\n    }\n  }\n"): (typeof documents)["\n  query LiveRule($id: ID!) {\n    rule(id: $id) {\n      id\n      status\n      activeVersion\n      actionsToday\n      lastFiredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleNodeUsers($ruleId: ID!, $from: DateTime!, $to: DateTime!, $version: Int) {\n    ruleNodeUsers(ruleId: $ruleId, from: $from, to: $to, version: $version) {\n      from\n      to\n      version\n      relativeError\n      nodes {\n        nodeId\n        users\n      }\n      ports {\n        nodeId\n        port\n        users\n      }\n    }\n  }\n"): (typeof documents)["\n  query RuleNodeUsers($ruleId: ID!, $from: DateTime!, $to: DateTime!, $version: Int) {\n    ruleNodeUsers(ruleId: $ruleId, from: $from, to: $to, version: $version) {\n      from\n      to\n      version\n      relativeError\n      nodes {\n        nodeId\n        users\n      }\n      ports {\n        nodeId\n        port\n        users\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelVersionGraphs($ruleId: ID!) {\n    ruleVersions(ruleId: $ruleId) {\n      version\n      graph\n    }\n  }\n"): (typeof documents)["\n  query PanelVersionGraphs($ruleId: ID!) {\n    ruleVersions(ruleId: $ruleId) {\n      version\n      graph\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorEventTypes {\n    eventTypes {\n      name\n      description\n      builtin\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditorEventTypes {\n    eventTypes {\n      name\n      description\n      builtin\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorTemplateSearch($search: String, $first: Int!) {\n    templates(first: $first, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        kind\n        status\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EditorTemplateSearch($search: String, $first: Int!) {\n    templates(first: $first, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        kind\n        status\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorTemplateById($id: ID!) {\n    template(id: $id) {\n      id\n      name\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  query EditorTemplateById($id: ID!) {\n    template(id: $id) {\n      id\n      name\n      kind\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorAudiences {\n    audiences {\n      id\n      name\n      kind\n      size\n    }\n  }\n"): (typeof documents)["\n  query EditorAudiences {\n    audiences {\n      id\n      name\n      kind\n      size\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorUserAttributeKeys($search: String, $first: Int!) {\n    userAttributeKeys(search: $search, first: $first)\n  }\n"): (typeof documents)["\n  query EditorUserAttributeKeys($search: String, $first: Int!) {\n    userAttributeKeys(search: $search, first: $first)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudiencesList($search: String) {\n    audiences(search: $search) {\n      id\n      name\n      description\n      kind\n      size\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query AudiencesList($search: String) {\n    audiences(search: $search) {\n      id\n      name\n      description\n      kind\n      size\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceDetail($id: ID!) {\n    audience(id: $id) {\n      id\n      name\n      description\n      kind\n      expression\n      size\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query AudienceDetail($id: ID!) {\n    audience(id: $id) {\n      id\n      name\n      description\n      kind\n      expression\n      size\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceEstimate($audienceId: ID, $expression: JSON, $sample: Int!) {\n    audiencePreview(audienceId: $audienceId, expression: $expression, sample: $sample) {\n      size\n      sample\n    }\n  }\n"): (typeof documents)["\n  query AudienceEstimate($audienceId: ID, $expression: JSON, $sample: Int!) {\n    audiencePreview(audienceId: $audienceId, expression: $expression, sample: $sample) {\n      size\n      sample\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceMembershipCheck($audienceId: ID!, $userId: ID!) {\n    isAudienceMember(audienceId: $audienceId, userId: $userId)\n  }\n"): (typeof documents)["\n  query AudienceMembershipCheck($audienceId: ID!, $userId: ID!) {\n    isAudienceMember(audienceId: $audienceId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AudienceCreate($input: CreateAudienceInput!) {\n    createAudience(input: $input) {\n      id\n      name\n      kind\n      expression\n      size\n    }\n  }\n"): (typeof documents)["\n  mutation AudienceCreate($input: CreateAudienceInput!) {\n    createAudience(input: $input) {\n      id\n      name\n      kind\n      expression\n      size\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AudienceUpdate($id: ID!, $input: UpdateAudienceInput!) {\n    updateAudience(id: $id, input: $input) {\n      id\n      name\n      description\n      expression\n      size\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AudienceUpdate($id: ID!, $input: UpdateAudienceInput!) {\n    updateAudience(id: $id, input: $input) {\n      id\n      name\n      description\n      expression\n      size\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AudienceDelete($id: ID!) {\n    deleteAudience(id: $id)\n  }\n"): (typeof documents)["\n  mutation AudienceDelete($id: ID!) {\n    deleteAudience(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AudienceUploadChunk($audienceId: ID!, $csv: String!, $replace: Boolean!) {\n    uploadAudienceMembers(audienceId: $audienceId, csv: $csv, replace: $replace) {\n      rows\n      added\n      size\n      invalid {\n        line\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AudienceUploadChunk($audienceId: ID!, $csv: String!, $replace: Boolean!) {\n    uploadAudienceMembers(audienceId: $audienceId, csv: $csv, replace: $replace) {\n      rows\n      added\n      size\n      invalid {\n        line\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkJobFields on BulkIssueJob {\n    id\n    templateId\n    status\n    total\n    processed\n    issued\n    heldOut\n    skipped\n    failed\n    percent\n    holdoutPercent\n    error\n    refusals {\n      reason\n      count\n    }\n    createdAt\n    updatedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment BulkJobFields on BulkIssueJob {\n    id\n    templateId\n    status\n    total\n    processed\n    issued\n    heldOut\n    skipped\n    failed\n    percent\n    holdoutPercent\n    error\n    refusals {\n      reason\n      count\n    }\n    createdAt\n    updatedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuingTemplates($search: String) {\n    templates(first: 50, filter: { search: $search, status: [ACTIVE, PAUSED, DRAFT] }) {\n      nodes {\n        id\n        name\n        kind\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query IssuingTemplates($search: String) {\n    templates(first: 50, filter: { search: $search, status: [ACTIVE, PAUSED, DRAFT] }) {\n      nodes {\n        id\n        name\n        kind\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuingAudiences {\n    audiences {\n      id\n      name\n      kind\n      size\n    }\n  }\n"): (typeof documents)["\n  query IssuingAudiences {\n    audiences {\n      id\n      name\n      kind\n      size\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuingJobs($first: Int!, $before: ID) {\n    bulkIssueJobs(first: $first, before: $before) {\n      ...BulkJobFields\n    }\n  }\n"): (typeof documents)["\n  query IssuingJobs($first: Int!, $before: ID) {\n    bulkIssueJobs(first: $first, before: $before) {\n      ...BulkJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuingJob($id: ID!) {\n    bulkIssueJob(id: $id) {\n      ...BulkJobFields\n    }\n  }\n"): (typeof documents)["\n  query IssuingJob($id: ID!) {\n    bulkIssueJob(id: $id) {\n      ...BulkJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuingStartToUsers($input: BulkIssueInput!) {\n    startBulkIssue(input: $input) {\n      ...BulkJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssuingStartToUsers($input: BulkIssueInput!) {\n    startBulkIssue(input: $input) {\n      ...BulkJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuingStartToAudience($templateId: ID!, $audienceId: ID!, $holdoutPercent: Float) {\n    issueToAudience(templateId: $templateId, audienceId: $audienceId, holdoutPercent: $holdoutPercent) {\n      ...BulkJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssuingStartToAudience($templateId: ID!, $audienceId: ID!, $holdoutPercent: Float) {\n    issueToAudience(templateId: $templateId, audienceId: $audienceId, holdoutPercent: $holdoutPercent) {\n      ...BulkJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuingPause($id: ID!) {\n    pauseBulkIssue(id: $id) {\n      ...BulkJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssuingPause($id: ID!) {\n    pauseBulkIssue(id: $id) {\n      ...BulkJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuingResume($id: ID!) {\n    resumeBulkIssue(id: $id) {\n      ...BulkJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssuingResume($id: ID!) {\n    resumeBulkIssue(id: $id) {\n      ...BulkJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuingCancel($id: ID!) {\n    cancelBulkIssue(id: $id) {\n      ...BulkJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssuingCancel($id: ID!) {\n    cancelBulkIssue(id: $id) {\n      ...BulkJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuingJobExperiment($jobId: ID!, $windowSeconds: Int) {\n    jobExperiment(jobId: $jobId, windowSeconds: $windowSeconds, minUsersPerArm: 20) {\n      jobId\n      holdoutPercent\n      windowSeconds\n      exposedUsers\n      measuredUsers\n      srm {\n        mismatch\n        p\n        observed\n      }\n      arms {\n        arm\n        control\n        exposed\n        users\n        conversion\n        revenuePerUser\n        netContributionPerUser\n        subsidy\n      }\n      lifts {\n        metric\n        arm\n        absolute {\n          estimate\n          low\n          high\n          p\n        }\n        relative {\n          estimate\n          low\n          high\n        }\n      }\n      incrementalProfit {\n        estimate\n        low\n        high\n        treatedUsers\n      }\n      recommendation\n      evidence\n    }\n  }\n"): (typeof documents)["\n  query IssuingJobExperiment($jobId: ID!, $windowSeconds: Int) {\n    jobExperiment(jobId: $jobId, windowSeconds: $windowSeconds, minUsersPerArm: 20) {\n      jobId\n      holdoutPercent\n      windowSeconds\n      exposedUsers\n      measuredUsers\n      srm {\n        mismatch\n        p\n        observed\n      }\n      arms {\n        arm\n        control\n        exposed\n        users\n        conversion\n        revenuePerUser\n        netContributionPerUser\n        subsidy\n      }\n      lifts {\n        metric\n        arm\n        absolute {\n          estimate\n          low\n          high\n          p\n        }\n        relative {\n          estimate\n          low\n          high\n        }\n      }\n      incrementalProfit {\n        estimate\n        low\n        high\n        treatedUsers\n      }\n      recommendation\n      evidence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleEditor($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      description\n      status\n      mode\n      draft\n      activeVersion\n      latestVersion\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query RuleEditor($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      description\n      status\n      mode\n      draft\n      activeVersion\n      latestVersion\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRuleDraft($id: ID!, $input: UpdateRuleInput!) {\n    updateRule(id: $id, input: $input) {\n      id\n      name\n      status\n      mode\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRuleDraft($id: ID!, $input: UpdateRuleInput!) {\n    updateRule(id: $id, input: $input) {\n      id\n      name\n      status\n      mode\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rules($first: Int!) {\n    rules(first: $first) {\n      id\n      name\n      description\n      status\n      mode\n      activeVersion\n      latestVersion\n      trigger\n      lastFiredAt\n      actionsToday\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query Rules($first: Int!) {\n    rules(first: $first) {\n      id\n      name\n      description\n      status\n      mode\n      activeVersion\n      latestVersion\n      trigger\n      lastFiredAt\n      actionsToday\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRule($input: CreateRuleInput!) {\n    createRule(input: $input) {\n      id\n      name\n      status\n      mode\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRule($input: CreateRuleInput!) {\n    createRule(input: $input) {\n      id\n      name\n      status\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DuplicateRule($id: ID!) {\n    duplicateRule(id: $id) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DuplicateRule($id: ID!) {\n    duplicateRule(id: $id) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseRule($id: ID!) {\n    pauseRule(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PauseRule($id: ID!) {\n    pauseRule(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeRule($id: ID!) {\n    resumeRule(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeRule($id: ID!) {\n    resumeRule(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;