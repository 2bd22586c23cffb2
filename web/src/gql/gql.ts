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
    "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n    settings {\n      currency\n    }\n  }\n": typeof types.MeDocument,
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
    "\n  query BudgetCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BudgetCampaignsDocument,
    "\n  query CampaignBudget($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      status\n      budget\n      startsAt\n      createdAt\n      budgetStatus {\n        budget\n        spent\n        reserved\n        liability\n        headroom\n        redemptionRateBp\n      }\n    }\n  }\n": typeof types.CampaignBudgetDocument,
    "\n  query CampaignSubsidy($id: ID!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: { kind: CAMPAIGN, id: $id }, from: $from, to: $to) {\n      timeZone\n      daily {\n        date\n        subsidy\n      }\n    }\n  }\n": typeof types.CampaignSubsidyDocument,
    "\n  query ForecastChoices {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    audiences {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.ForecastChoicesDocument,
    "\n  query ForecastIssue($templateId: ID!, $audienceId: ID!, $mode: ForecastMode) {\n    forecastIssue(templateId: $templateId, audienceId: $audienceId, mode: $mode) {\n      templateId\n      audienceId\n      mode\n      cost {\n        value\n        low\n        high\n      }\n      figures {\n        name\n        value\n        low\n        high\n        source\n        basis\n      }\n    }\n  }\n": typeof types.ForecastIssueDocument,
    "\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilter) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        status\n        budget\n        spent\n        reserved\n        issuedCount\n        redeemedCount\n        startsAt\n        endsAt\n        updatedAt\n        budgetStatus {\n          budget\n          spent\n          reserved\n          liability\n          headroom\n          redemptionRateBp\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      description\n      status\n      budget\n      startsAt\n      endsAt\n      exhaustedAt\n      issuedCount\n      redeemedCount\n      expiredCount\n      outstandingMax\n      createdAt\n      updatedAt\n      budgetStatus {\n        budget\n        spent\n        reserved\n        liability\n        headroom\n        redemptionRateBp\n      }\n    }\n  }\n": typeof types.CampaignDocument,
    "\n  query CampaignTemplates($campaignId: ID!, $first: Int!, $after: String) {\n    templates(first: $first, after: $after, filter: { campaignId: $campaignId }) {\n      nodes {\n        id\n        name\n        kind\n        status\n        maxValue\n        issuedCount\n        quotaTotal\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.CampaignTemplatesDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      name\n      status\n      budget\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      name\n      description\n      budget\n      endsAt\n      updatedAt\n      budgetStatus {\n        budget\n        spent\n        reserved\n        liability\n        headroom\n        redemptionRateBp\n      }\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.PauseCampaignDocument,
    "\n  mutation ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.ResumeCampaignDocument,
    "\n  mutation EndCampaign($id: ID!) {\n    endCampaign(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.EndCampaignDocument,
    "\n  query EventCatalogue {\n    eventTypes {\n      name\n      description\n      builtin\n      updatedAt\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n": typeof types.EventCatalogueDocument,
    "\n  query RecentEvents($type: String!, $first: Int!) {\n    trackedEvents(type: $type, first: $first) {\n      id\n      userId\n      occurredAt\n      receivedAt\n      properties\n    }\n  }\n": typeof types.RecentEventsDocument,
    "\n  mutation DefineEventType($input: DefineEventTypeInput!) {\n    defineEventType(input: $input) {\n      name\n      description\n      builtin\n      updatedAt\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n": typeof types.DefineEventTypeDocument,
    "\n  query RuleExperiment(\n    $ruleId: ID!\n    $windowSeconds: Int\n    $sequential: Boolean\n    $marginRateBp: Int\n    $minUsersPerArm: Int\n  ) {\n    experiment(\n      ruleId: $ruleId\n      windowSeconds: $windowSeconds\n      sequential: $sequential\n      marginRateBp: $marginRateBp\n      minUsersPerArm: $minUsersPerArm\n    ) {\n      ...ExperimentResultFields\n    }\n  }\n\n  fragment ExperimentResultFields on ExperimentResult {\n    ruleId\n    version\n    mode\n    measuredAt\n    windowSeconds\n    exposedUsers\n    measuredUsers\n    recommendation\n    evidence\n    srm {\n      mismatch\n      p\n      chiSquare\n      observed\n      expectedShares\n    }\n    arms {\n      arm\n      control\n      exposed\n      users\n      conversion\n      revenuePerUser\n      netContributionPerUser\n      subsidy\n    }\n    lifts {\n      arm\n      metric\n      absolute {\n        estimate\n        low\n        high\n        se\n        p\n      }\n      relative {\n        estimate\n        low\n        high\n        se\n      }\n      cuped {\n        estimate\n        low\n        high\n        se\n        theta\n        varianceReduction\n      }\n      sequential {\n        estimate\n        low\n        high\n        se\n      }\n    }\n    incrementalProfit {\n      arm\n      estimate\n      low\n      high\n      se\n      treatedUsers\n    }\n  }\n": typeof types.RuleExperimentDocument,
    "\n  query ExperimentRule($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      status\n      mode\n      activeVersion\n    }\n  }\n": typeof types.ExperimentRuleDocument,
    "\n  mutation SolidifyRule($ruleId: ID!, $holdoutPercent: Float!) {\n    solidifyRule(ruleId: $ruleId, holdoutPercent: $holdoutPercent)\n  }\n": typeof types.SolidifyRuleDocument,
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
    "\n  query LtvReport($groupBy: LtvGroupBy!, $ruleId: ID, $audienceId: ID, $horizonWeeks: Int, $periods: Int) {\n    ltv(\n      groupBy: $groupBy\n      ruleId: $ruleId\n      audienceId: $audienceId\n      horizonWeeks: $horizonWeeks\n      periods: $periods\n    ) {\n      groupBy\n      customers\n      horizonWeeks\n      note\n      params {\n        name\n        value\n        se\n      }\n      groups {\n        key\n        customers\n        historical {\n          period\n          activeUsers\n          revenuePerUser\n          profitPerUser\n        }\n        expected {\n          customers\n          purchases\n          value\n          low\n          high\n          se\n        }\n      }\n    }\n  }\n": typeof types.LtvReportDocument,
    "\n  query LtvRules {\n    rules(first: 200) {\n      id\n      name\n    }\n  }\n": typeof types.LtvRulesDocument,
    "\n  query LtvAudiences {\n    audiences {\n      id\n      name\n    }\n  }\n": typeof types.LtvAudiencesDocument,
    "\n  query MetricsDashboard($scope: MetricsScope!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: $scope, from: $from, to: $to) {\n      from\n      to\n      timeZone\n      redemptionRate\n      couponOrderShare\n      allPaidOrders\n      scope {\n        kind\n        id\n      }\n      totals {\n        ...MetricsFiguresFields\n      }\n      daily {\n        ...MetricsFiguresFields\n      }\n      subsidyByFunder {\n        funder\n        funderId\n        amount\n      }\n    }\n  }\n\n  fragment MetricsFiguresFields on MetricsFigures {\n    date\n    issued\n    issuedClaim\n    issuedCode\n    issuedRule\n    issuedBulk\n    issuedApi\n    claimed\n    redeemed\n    expired\n    subsidy\n    paidOrders\n    couponOrders\n    revenue\n    margin\n    marginOrders\n    grossProfit\n    refunds\n    newCustomers\n    newCustomersViaCoupon\n  }\n": typeof types.MetricsDashboardDocument,
    "\n  query MetricsScopeRules {\n    rules(first: 200) {\n      id\n      name\n    }\n  }\n": typeof types.MetricsScopeRulesDocument,
    "\n  query MetricsScopeCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MetricsScopeCampaignsDocument,
    "\n  query MetricsScopeTemplates {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MetricsScopeTemplatesDocument,
    "\n  query PartnersApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      merchantIds\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.PartnersApiKeysDocument,
    "\n  mutation PartnersCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n        scopes\n        merchantIds\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.PartnersCreateApiKeyDocument,
    "\n  mutation PartnersRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.PartnersRevokeApiKeyDocument,
    "\n  query PartnersWebhookEndpoints($after: String) {\n    webhookEndpoints(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        url\n        description\n        enabled\n        disabledReason\n        eventTypes\n        createdAt\n        lastSuccessAt\n        failingSince\n        previousSecretExpiresAt\n      }\n    }\n  }\n": typeof types.PartnersWebhookEndpointsDocument,
    "\n  mutation PartnersCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n": typeof types.PartnersCreateWebhookEndpointDocument,
    "\n  mutation PartnersUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      disabledReason\n      eventTypes\n    }\n  }\n": typeof types.PartnersUpdateWebhookEndpointDocument,
    "\n  mutation PartnersDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.PartnersDeleteWebhookEndpointDocument,
    "\n  mutation PartnersRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      previousSecretExpiresAt\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": typeof types.PartnersRotateWebhookSecretDocument,
    "\n  query PartnersWebhookDeliveries($endpointId: ID!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        eventId\n        eventType\n        status\n        attempts\n        lastStatusCode\n        lastError\n        createdAt\n        replayOf\n      }\n    }\n  }\n": typeof types.PartnersWebhookDeliveriesDocument,
    "\n  query PartnersWebhookAttempts($endpointId: ID!, $deliveryId: ID!) {\n    webhookAttempts(endpointId: $endpointId, deliveryId: $deliveryId, first: 50) {\n      nodes {\n        id\n        attempt\n        outcome\n        statusCode\n        durationMs\n        startedAt\n        error\n      }\n    }\n  }\n": typeof types.PartnersWebhookAttemptsDocument,
    "\n  mutation PartnersReplayDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PartnersReplayDeliveryDocument,
    "\n  mutation PartnersReplayRange($input: ReplayWebhookDeliveriesInput!) {\n    replayWebhookDeliveries(input: $input) {\n      queued\n    }\n  }\n": typeof types.PartnersReplayRangeDocument,
    "\n  query PartnersStaffUsers {\n    staffUsers {\n      id\n      email\n      role\n      disabled\n      createdAt\n    }\n  }\n": typeof types.PartnersStaffUsersDocument,
    "\n  mutation PartnersCreateStaff($input: CreateStaffInput!) {\n    createStaffUser(input: $input) {\n      id\n      email\n      role\n      disabled\n      createdAt\n    }\n  }\n": typeof types.PartnersCreateStaffDocument,
    "\n  mutation PartnersUpdateStaff($input: UpdateStaffInput!) {\n    updateStaffUser(input: $input) {\n      id\n      role\n      disabled\n    }\n  }\n": typeof types.PartnersUpdateStaffDocument,
    "\n  query RuleEditor($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      description\n      status\n      mode\n      draft\n      activeVersion\n      latestVersion\n      updatedAt\n    }\n  }\n": typeof types.RuleEditorDocument,
    "\n  mutation UpdateRuleDraft($id: ID!, $input: UpdateRuleInput!) {\n    updateRule(id: $id, input: $input) {\n      id\n      name\n      status\n      mode\n      updatedAt\n    }\n  }\n": typeof types.UpdateRuleDraftDocument,
    "\n  query Rules($first: Int!) {\n    rules(first: $first) {\n      id\n      name\n      description\n      status\n      mode\n      activeVersion\n      latestVersion\n      trigger\n      lastFiredAt\n      actionsToday\n      updatedAt\n    }\n  }\n": typeof types.RulesDocument,
    "\n  mutation CreateRule($input: CreateRuleInput!) {\n    createRule(input: $input) {\n      id\n      name\n      status\n      mode\n    }\n  }\n": typeof types.CreateRuleDocument,
    "\n  mutation DuplicateRule($id: ID!) {\n    duplicateRule(id: $id) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.DuplicateRuleDocument,
    "\n  mutation PauseRule($id: ID!) {\n    pauseRule(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.PauseRuleDocument,
    "\n  mutation ResumeRule($id: ID!) {\n    resumeRule(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.ResumeRuleDocument,
    "\n  query Templates($first: Int!, $after: String, $filter: TemplateFilter) {\n    templates(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        kind\n        status\n        campaignId\n        maxValue\n        issuedCount\n        quotaTotal\n        quotaAvailable\n        updatedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.TemplatesDocument,
    "\n  query Template($id: ID!) {\n    template(id: $id) {\n      id\n      name\n      description\n      kind\n      status\n      campaignId\n      amount\n      threshold\n      discountBp\n      cap\n      step\n      sku\n      units\n      unitValue\n      balance\n      rateBp\n      days\n      principalCap\n      applyTo\n      maxUnits\n      minQuantity\n      buyQuantity\n      getQuantity\n      maxApplications\n      getScope {\n        includeSkus\n        includeCategories\n      }\n      multiplePerOrder\n      stackGroup\n      exclusive\n      validFrom\n      validUntil\n      validForSeconds\n      validAfterSeconds\n      claimStartsAt\n      claimEndsAt\n      quotaTotal\n      quotaAvailable\n      quotaBatches {\n        id\n        releaseAt\n        units\n        releasedAt\n      }\n      restoreOnExpiry\n      limitPerAccount\n      limitPerDevice\n      limitFrequency\n      scope {\n        merchantIds\n        includeSkus\n        excludeSkus\n        includeBrands\n        excludeBrands\n        includeCategories\n        excludeCategories\n      }\n      funding {\n        platformBp\n        merchantBp\n        brandBp\n        merchantId\n        brandId\n      }\n      placements\n      audienceIds\n      refundable\n      minTermDays\n      sharing {\n        friendTemplateId\n        packSize\n        expiresInSeconds\n        newUsersOnly\n        rewardTemplateId\n        rewardWhen\n        rewardAfterClaims\n      }\n      maxValue\n      issuedCount\n      codes {\n        claimed\n        unused\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.TemplateDocument,
    "\n  query TemplateFormOptions {\n    campaigns(first: 100, filter: { status: [ACTIVE, PAUSED] }) {\n      nodes {\n        id\n        name\n        budget\n        budgetStatus {\n          headroom\n          redemptionRateBp\n        }\n      }\n    }\n    audiences {\n      id\n      name\n    }\n  }\n": typeof types.TemplateFormOptionsDocument,
    "\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      id\n      name\n      status\n      maxValue\n    }\n  }\n": typeof types.CreateTemplateDocument,
    "\n  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!) {\n    updateTemplate(id: $id, input: $input) {\n      id\n      name\n      description\n      quotaTotal\n      quotaAvailable\n      limitPerAccount\n      limitPerDevice\n      limitFrequency\n      placements\n      audienceIds\n      refundable\n      minTermDays\n      sharing {\n        friendTemplateId\n        packSize\n        expiresInSeconds\n        newUsersOnly\n        rewardTemplateId\n        rewardWhen\n        rewardAfterClaims\n      }\n      claimStartsAt\n      claimEndsAt\n      updatedAt\n    }\n  }\n": typeof types.UpdateTemplateDocument,
    "\n  mutation ActivateTemplate($id: ID!) {\n    activateTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.ActivateTemplateDocument,
    "\n  mutation PauseTemplate($id: ID!) {\n    pauseTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.PauseTemplateDocument,
    "\n  mutation ResumeTemplate($id: ID!) {\n    resumeTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.ResumeTemplateDocument,
    "\n  mutation EndTemplate($id: ID!) {\n    endTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.EndTemplateDocument,
    "\n  mutation MintCodes($input: MintCodesInput!) {\n    mintCodes(input: $input) {\n      count\n      sample\n      codes\n    }\n  }\n": typeof types.MintCodesDocument,
    "\n  query UserLookupFacts($userId: ID!) {\n    userProfile(userId: $userId) {\n      userId\n      attributes\n    }\n    userBehaviour(userId: $userId, days: 30) {\n      days\n      counts {\n        eventType\n        total\n        recent\n        lastDay\n      }\n      sums {\n        eventType\n        property\n        total\n        recent\n      }\n    }\n    userAudiences(userId: $userId) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.UserLookupFactsDocument,
    "\n  query UserLookupCoupons($userId: ID!, $first: Int!) {\n    walletConnection(userId: $userId, first: $first) {\n      ...LookupWalletPage\n    }\n    couponEventLog(userId: $userId, first: 100) {\n      id\n      type\n      couponId\n      templateId\n      createdAt\n      payload\n    }\n    couponCenter(userId: $userId) {\n      claimable\n      reason\n      claimedCount\n      template {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserLookupCouponsDocument,
    "\n  query UserLookupRefusals($userId: ID!, $first: Int!) {\n    refusedClaims(userId: $userId, first: $first) {\n      ...LookupRefusalPage\n    }\n  }\n": typeof types.UserLookupRefusalsDocument,
    "\n  query UserLookupDecisions($userId: ID!) {\n    ruleFirings(userId: $userId, first: 50) {\n      ruleId\n      version\n      eventId\n      firedAt\n      arm\n      control\n      acted\n      actions\n      results\n      trace\n    }\n    trackedEvents(userId: $userId, first: 20) {\n      id\n      type\n      userId\n      occurredAt\n      properties\n    }\n  }\n": typeof types.UserLookupDecisionsDocument,
    "\n  query UserLookupLiveRules {\n    rules(status: ACTIVE, first: 500) {\n      id\n      name\n      trigger\n      activeVersion\n    }\n  }\n": typeof types.UserLookupLiveRulesDocument,
    "\n  query LookupRuleVersions($ruleId: ID!) {\n    ruleVersions(ruleId: $ruleId) {\n      version\n      graph\n    }\n  }\n": typeof types.LookupRuleVersionsDocument,
    "\n  query LookupExplain($graph: JSON!, $facts: JSON!) {\n    simulateRule(graph: $graph, facts: $facts, storedFacts: true) {\n      actions\n      splitArm\n      trace\n    }\n  }\n": typeof types.LookupExplainDocument,
    "\n  fragment LookupWalletPage on CouponConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      id\n      code\n      status\n      source\n      issuedAt\n      validUntil\n      redeemedAt\n      ruleId\n      template {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LookupWalletPageFragmentDoc,
    "\n  fragment LookupRefusalPage on RefusedClaimConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      id\n      reason\n      message\n      source\n      deviceId\n      cookieId\n      placement\n      createdAt\n      template {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LookupRefusalPageFragmentDoc,
    "\n  query UserLookupWalletPage($userId: ID!, $first: Int!, $after: String) {\n    walletConnection(userId: $userId, first: $first, after: $after) {\n      ...LookupWalletPage\n    }\n  }\n": typeof types.UserLookupWalletPageDocument,
    "\n  query UserLookupRefusalPage($userId: ID!, $first: Int!, $after: String) {\n    refusedClaims(userId: $userId, first: $first, after: $after) {\n      ...LookupRefusalPage\n    }\n  }\n": typeof types.UserLookupRefusalPageDocument,
    "\n  query UserLookupEventLogPage($userId: ID!, $first: Int!, $afterId: SafeInt) {\n    couponEventLog(userId: $userId, first: $first, afterId: $afterId) {\n      id\n      type\n      couponId\n      templateId\n      createdAt\n      payload\n    }\n  }\n": typeof types.UserLookupEventLogPageDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      staff {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n    settings {\n      currency\n    }\n  }\n": types.MeDocument,
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
    "\n  query BudgetCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.BudgetCampaignsDocument,
    "\n  query CampaignBudget($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      status\n      budget\n      startsAt\n      createdAt\n      budgetStatus {\n        budget\n        spent\n        reserved\n        liability\n        headroom\n        redemptionRateBp\n      }\n    }\n  }\n": types.CampaignBudgetDocument,
    "\n  query CampaignSubsidy($id: ID!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: { kind: CAMPAIGN, id: $id }, from: $from, to: $to) {\n      timeZone\n      daily {\n        date\n        subsidy\n      }\n    }\n  }\n": types.CampaignSubsidyDocument,
    "\n  query ForecastChoices {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    audiences {\n      id\n      name\n      kind\n    }\n  }\n": types.ForecastChoicesDocument,
    "\n  query ForecastIssue($templateId: ID!, $audienceId: ID!, $mode: ForecastMode) {\n    forecastIssue(templateId: $templateId, audienceId: $audienceId, mode: $mode) {\n      templateId\n      audienceId\n      mode\n      cost {\n        value\n        low\n        high\n      }\n      figures {\n        name\n        value\n        low\n        high\n        source\n        basis\n      }\n    }\n  }\n": types.ForecastIssueDocument,
    "\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilter) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        status\n        budget\n        spent\n        reserved\n        issuedCount\n        redeemedCount\n        startsAt\n        endsAt\n        updatedAt\n        budgetStatus {\n          budget\n          spent\n          reserved\n          liability\n          headroom\n          redemptionRateBp\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CampaignsDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      description\n      status\n      budget\n      startsAt\n      endsAt\n      exhaustedAt\n      issuedCount\n      redeemedCount\n      expiredCount\n      outstandingMax\n      createdAt\n      updatedAt\n      budgetStatus {\n        budget\n        spent\n        reserved\n        liability\n        headroom\n        redemptionRateBp\n      }\n    }\n  }\n": types.CampaignDocument,
    "\n  query CampaignTemplates($campaignId: ID!, $first: Int!, $after: String) {\n    templates(first: $first, after: $after, filter: { campaignId: $campaignId }) {\n      nodes {\n        id\n        name\n        kind\n        status\n        maxValue\n        issuedCount\n        quotaTotal\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.CampaignTemplatesDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      name\n      status\n      budget\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      name\n      description\n      budget\n      endsAt\n      updatedAt\n      budgetStatus {\n        budget\n        spent\n        reserved\n        liability\n        headroom\n        redemptionRateBp\n      }\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.PauseCampaignDocument,
    "\n  mutation ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.ResumeCampaignDocument,
    "\n  mutation EndCampaign($id: ID!) {\n    endCampaign(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.EndCampaignDocument,
    "\n  query EventCatalogue {\n    eventTypes {\n      name\n      description\n      builtin\n      updatedAt\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n": types.EventCatalogueDocument,
    "\n  query RecentEvents($type: String!, $first: Int!) {\n    trackedEvents(type: $type, first: $first) {\n      id\n      userId\n      occurredAt\n      receivedAt\n      properties\n    }\n  }\n": types.RecentEventsDocument,
    "\n  mutation DefineEventType($input: DefineEventTypeInput!) {\n    defineEventType(input: $input) {\n      name\n      description\n      builtin\n      updatedAt\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n": types.DefineEventTypeDocument,
    "\n  query RuleExperiment(\n    $ruleId: ID!\n    $windowSeconds: Int\n    $sequential: Boolean\n    $marginRateBp: Int\n    $minUsersPerArm: Int\n  ) {\n    experiment(\n      ruleId: $ruleId\n      windowSeconds: $windowSeconds\n      sequential: $sequential\n      marginRateBp: $marginRateBp\n      minUsersPerArm: $minUsersPerArm\n    ) {\n      ...ExperimentResultFields\n    }\n  }\n\n  fragment ExperimentResultFields on ExperimentResult {\n    ruleId\n    version\n    mode\n    measuredAt\n    windowSeconds\n    exposedUsers\n    measuredUsers\n    recommendation\n    evidence\n    srm {\n      mismatch\n      p\n      chiSquare\n      observed\n      expectedShares\n    }\n    arms {\n      arm\n      control\n      exposed\n      users\n      conversion\n      revenuePerUser\n      netContributionPerUser\n      subsidy\n    }\n    lifts {\n      arm\n      metric\n      absolute {\n        estimate\n        low\n        high\n        se\n        p\n      }\n      relative {\n        estimate\n        low\n        high\n        se\n      }\n      cuped {\n        estimate\n        low\n        high\n        se\n        theta\n        varianceReduction\n      }\n      sequential {\n        estimate\n        low\n        high\n        se\n      }\n    }\n    incrementalProfit {\n      arm\n      estimate\n      low\n      high\n      se\n      treatedUsers\n    }\n  }\n": types.RuleExperimentDocument,
    "\n  query ExperimentRule($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      status\n      mode\n      activeVersion\n    }\n  }\n": types.ExperimentRuleDocument,
    "\n  mutation SolidifyRule($ruleId: ID!, $holdoutPercent: Float!) {\n    solidifyRule(ruleId: $ruleId, holdoutPercent: $holdoutPercent)\n  }\n": types.SolidifyRuleDocument,
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
    "\n  query LtvReport($groupBy: LtvGroupBy!, $ruleId: ID, $audienceId: ID, $horizonWeeks: Int, $periods: Int) {\n    ltv(\n      groupBy: $groupBy\n      ruleId: $ruleId\n      audienceId: $audienceId\n      horizonWeeks: $horizonWeeks\n      periods: $periods\n    ) {\n      groupBy\n      customers\n      horizonWeeks\n      note\n      params {\n        name\n        value\n        se\n      }\n      groups {\n        key\n        customers\n        historical {\n          period\n          activeUsers\n          revenuePerUser\n          profitPerUser\n        }\n        expected {\n          customers\n          purchases\n          value\n          low\n          high\n          se\n        }\n      }\n    }\n  }\n": types.LtvReportDocument,
    "\n  query LtvRules {\n    rules(first: 200) {\n      id\n      name\n    }\n  }\n": types.LtvRulesDocument,
    "\n  query LtvAudiences {\n    audiences {\n      id\n      name\n    }\n  }\n": types.LtvAudiencesDocument,
    "\n  query MetricsDashboard($scope: MetricsScope!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: $scope, from: $from, to: $to) {\n      from\n      to\n      timeZone\n      redemptionRate\n      couponOrderShare\n      allPaidOrders\n      scope {\n        kind\n        id\n      }\n      totals {\n        ...MetricsFiguresFields\n      }\n      daily {\n        ...MetricsFiguresFields\n      }\n      subsidyByFunder {\n        funder\n        funderId\n        amount\n      }\n    }\n  }\n\n  fragment MetricsFiguresFields on MetricsFigures {\n    date\n    issued\n    issuedClaim\n    issuedCode\n    issuedRule\n    issuedBulk\n    issuedApi\n    claimed\n    redeemed\n    expired\n    subsidy\n    paidOrders\n    couponOrders\n    revenue\n    margin\n    marginOrders\n    grossProfit\n    refunds\n    newCustomers\n    newCustomersViaCoupon\n  }\n": types.MetricsDashboardDocument,
    "\n  query MetricsScopeRules {\n    rules(first: 200) {\n      id\n      name\n    }\n  }\n": types.MetricsScopeRulesDocument,
    "\n  query MetricsScopeCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.MetricsScopeCampaignsDocument,
    "\n  query MetricsScopeTemplates {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.MetricsScopeTemplatesDocument,
    "\n  query PartnersApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      merchantIds\n      createdAt\n      revokedAt\n    }\n  }\n": types.PartnersApiKeysDocument,
    "\n  mutation PartnersCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n        scopes\n        merchantIds\n        createdAt\n        revokedAt\n      }\n    }\n  }\n": types.PartnersCreateApiKeyDocument,
    "\n  mutation PartnersRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.PartnersRevokeApiKeyDocument,
    "\n  query PartnersWebhookEndpoints($after: String) {\n    webhookEndpoints(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        url\n        description\n        enabled\n        disabledReason\n        eventTypes\n        createdAt\n        lastSuccessAt\n        failingSince\n        previousSecretExpiresAt\n      }\n    }\n  }\n": types.PartnersWebhookEndpointsDocument,
    "\n  mutation PartnersCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n": types.PartnersCreateWebhookEndpointDocument,
    "\n  mutation PartnersUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      disabledReason\n      eventTypes\n    }\n  }\n": types.PartnersUpdateWebhookEndpointDocument,
    "\n  mutation PartnersDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.PartnersDeleteWebhookEndpointDocument,
    "\n  mutation PartnersRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      previousSecretExpiresAt\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": types.PartnersRotateWebhookSecretDocument,
    "\n  query PartnersWebhookDeliveries($endpointId: ID!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        eventId\n        eventType\n        status\n        attempts\n        lastStatusCode\n        lastError\n        createdAt\n        replayOf\n      }\n    }\n  }\n": types.PartnersWebhookDeliveriesDocument,
    "\n  query PartnersWebhookAttempts($endpointId: ID!, $deliveryId: ID!) {\n    webhookAttempts(endpointId: $endpointId, deliveryId: $deliveryId, first: 50) {\n      nodes {\n        id\n        attempt\n        outcome\n        statusCode\n        durationMs\n        startedAt\n        error\n      }\n    }\n  }\n": types.PartnersWebhookAttemptsDocument,
    "\n  mutation PartnersReplayDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": types.PartnersReplayDeliveryDocument,
    "\n  mutation PartnersReplayRange($input: ReplayWebhookDeliveriesInput!) {\n    replayWebhookDeliveries(input: $input) {\n      queued\n    }\n  }\n": types.PartnersReplayRangeDocument,
    "\n  query PartnersStaffUsers {\n    staffUsers {\n      id\n      email\n      role\n      disabled\n      createdAt\n    }\n  }\n": types.PartnersStaffUsersDocument,
    "\n  mutation PartnersCreateStaff($input: CreateStaffInput!) {\n    createStaffUser(input: $input) {\n      id\n      email\n      role\n      disabled\n      createdAt\n    }\n  }\n": types.PartnersCreateStaffDocument,
    "\n  mutation PartnersUpdateStaff($input: UpdateStaffInput!) {\n    updateStaffUser(input: $input) {\n      id\n      role\n      disabled\n    }\n  }\n": types.PartnersUpdateStaffDocument,
    "\n  query RuleEditor($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      description\n      status\n      mode\n      draft\n      activeVersion\n      latestVersion\n      updatedAt\n    }\n  }\n": types.RuleEditorDocument,
    "\n  mutation UpdateRuleDraft($id: ID!, $input: UpdateRuleInput!) {\n    updateRule(id: $id, input: $input) {\n      id\n      name\n      status\n      mode\n      updatedAt\n    }\n  }\n": types.UpdateRuleDraftDocument,
    "\n  query Rules($first: Int!) {\n    rules(first: $first) {\n      id\n      name\n      description\n      status\n      mode\n      activeVersion\n      latestVersion\n      trigger\n      lastFiredAt\n      actionsToday\n      updatedAt\n    }\n  }\n": types.RulesDocument,
    "\n  mutation CreateRule($input: CreateRuleInput!) {\n    createRule(input: $input) {\n      id\n      name\n      status\n      mode\n    }\n  }\n": types.CreateRuleDocument,
    "\n  mutation DuplicateRule($id: ID!) {\n    duplicateRule(id: $id) {\n      id\n      name\n      status\n    }\n  }\n": types.DuplicateRuleDocument,
    "\n  mutation PauseRule($id: ID!) {\n    pauseRule(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.PauseRuleDocument,
    "\n  mutation ResumeRule($id: ID!) {\n    resumeRule(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.ResumeRuleDocument,
    "\n  query Templates($first: Int!, $after: String, $filter: TemplateFilter) {\n    templates(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        kind\n        status\n        campaignId\n        maxValue\n        issuedCount\n        quotaTotal\n        quotaAvailable\n        updatedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.TemplatesDocument,
    "\n  query Template($id: ID!) {\n    template(id: $id) {\n      id\n      name\n      description\n      kind\n      status\n      campaignId\n      amount\n      threshold\n      discountBp\n      cap\n      step\n      sku\n      units\n      unitValue\n      balance\n      rateBp\n      days\n      principalCap\n      applyTo\n      maxUnits\n      minQuantity\n      buyQuantity\n      getQuantity\n      maxApplications\n      getScope {\n        includeSkus\n        includeCategories\n      }\n      multiplePerOrder\n      stackGroup\n      exclusive\n      validFrom\n      validUntil\n      validForSeconds\n      validAfterSeconds\n      claimStartsAt\n      claimEndsAt\n      quotaTotal\n      quotaAvailable\n      quotaBatches {\n        id\n        releaseAt\n        units\n        releasedAt\n      }\n      restoreOnExpiry\n      limitPerAccount\n      limitPerDevice\n      limitFrequency\n      scope {\n        merchantIds\n        includeSkus\n        excludeSkus\n        includeBrands\n        excludeBrands\n        includeCategories\n        excludeCategories\n      }\n      funding {\n        platformBp\n        merchantBp\n        brandBp\n        merchantId\n        brandId\n      }\n      placements\n      audienceIds\n      refundable\n      minTermDays\n      sharing {\n        friendTemplateId\n        packSize\n        expiresInSeconds\n        newUsersOnly\n        rewardTemplateId\n        rewardWhen\n        rewardAfterClaims\n      }\n      maxValue\n      issuedCount\n      codes {\n        claimed\n        unused\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": types.TemplateDocument,
    "\n  query TemplateFormOptions {\n    campaigns(first: 100, filter: { status: [ACTIVE, PAUSED] }) {\n      nodes {\n        id\n        name\n        budget\n        budgetStatus {\n          headroom\n          redemptionRateBp\n        }\n      }\n    }\n    audiences {\n      id\n      name\n    }\n  }\n": types.TemplateFormOptionsDocument,
    "\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      id\n      name\n      status\n      maxValue\n    }\n  }\n": types.CreateTemplateDocument,
    "\n  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!) {\n    updateTemplate(id: $id, input: $input) {\n      id\n      name\n      description\n      quotaTotal\n      quotaAvailable\n      limitPerAccount\n      limitPerDevice\n      limitFrequency\n      placements\n      audienceIds\n      refundable\n      minTermDays\n      sharing {\n        friendTemplateId\n        packSize\n        expiresInSeconds\n        newUsersOnly\n        rewardTemplateId\n        rewardWhen\n        rewardAfterClaims\n      }\n      claimStartsAt\n      claimEndsAt\n      updatedAt\n    }\n  }\n": types.UpdateTemplateDocument,
    "\n  mutation ActivateTemplate($id: ID!) {\n    activateTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.ActivateTemplateDocument,
    "\n  mutation PauseTemplate($id: ID!) {\n    pauseTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.PauseTemplateDocument,
    "\n  mutation ResumeTemplate($id: ID!) {\n    resumeTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.ResumeTemplateDocument,
    "\n  mutation EndTemplate($id: ID!) {\n    endTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.EndTemplateDocument,
    "\n  mutation MintCodes($input: MintCodesInput!) {\n    mintCodes(input: $input) {\n      count\n      sample\n      codes\n    }\n  }\n": types.MintCodesDocument,
    "\n  query UserLookupFacts($userId: ID!) {\n    userProfile(userId: $userId) {\n      userId\n      attributes\n    }\n    userBehaviour(userId: $userId, days: 30) {\n      days\n      counts {\n        eventType\n        total\n        recent\n        lastDay\n      }\n      sums {\n        eventType\n        property\n        total\n        recent\n      }\n    }\n    userAudiences(userId: $userId) {\n      id\n      name\n      kind\n    }\n  }\n": types.UserLookupFactsDocument,
    "\n  query UserLookupCoupons($userId: ID!, $first: Int!) {\n    walletConnection(userId: $userId, first: $first) {\n      ...LookupWalletPage\n    }\n    couponEventLog(userId: $userId, first: 100) {\n      id\n      type\n      couponId\n      templateId\n      createdAt\n      payload\n    }\n    couponCenter(userId: $userId) {\n      claimable\n      reason\n      claimedCount\n      template {\n        id\n        name\n      }\n    }\n  }\n": types.UserLookupCouponsDocument,
    "\n  query UserLookupRefusals($userId: ID!, $first: Int!) {\n    refusedClaims(userId: $userId, first: $first) {\n      ...LookupRefusalPage\n    }\n  }\n": types.UserLookupRefusalsDocument,
    "\n  query UserLookupDecisions($userId: ID!) {\n    ruleFirings(userId: $userId, first: 50) {\n      ruleId\n      version\n      eventId\n      firedAt\n      arm\n      control\n      acted\n      actions\n      results\n      trace\n    }\n    trackedEvents(userId: $userId, first: 20) {\n      id\n      type\n      userId\n      occurredAt\n      properties\n    }\n  }\n": types.UserLookupDecisionsDocument,
    "\n  query UserLookupLiveRules {\n    rules(status: ACTIVE, first: 500) {\n      id\n      name\n      trigger\n      activeVersion\n    }\n  }\n": types.UserLookupLiveRulesDocument,
    "\n  query LookupRuleVersions($ruleId: ID!) {\n    ruleVersions(ruleId: $ruleId) {\n      version\n      graph\n    }\n  }\n": types.LookupRuleVersionsDocument,
    "\n  query LookupExplain($graph: JSON!, $facts: JSON!) {\n    simulateRule(graph: $graph, facts: $facts, storedFacts: true) {\n      actions\n      splitArm\n      trace\n    }\n  }\n": types.LookupExplainDocument,
    "\n  fragment LookupWalletPage on CouponConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      id\n      code\n      status\n      source\n      issuedAt\n      validUntil\n      redeemedAt\n      ruleId\n      template {\n        id\n        name\n      }\n    }\n  }\n": types.LookupWalletPageFragmentDoc,
    "\n  fragment LookupRefusalPage on RefusedClaimConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      id\n      reason\n      message\n      source\n      deviceId\n      cookieId\n      placement\n      createdAt\n      template {\n        id\n        name\n      }\n    }\n  }\n": types.LookupRefusalPageFragmentDoc,
    "\n  query UserLookupWalletPage($userId: ID!, $first: Int!, $after: String) {\n    walletConnection(userId: $userId, first: $first, after: $after) {\n      ...LookupWalletPage\n    }\n  }\n": types.UserLookupWalletPageDocument,
    "\n  query UserLookupRefusalPage($userId: ID!, $first: Int!, $after: String) {\n    refusedClaims(userId: $userId, first: $first, after: $after) {\n      ...LookupRefusalPage\n    }\n  }\n": types.UserLookupRefusalPageDocument,
    "\n  query UserLookupEventLogPage($userId: ID!, $first: Int!, $afterId: SafeInt) {\n    couponEventLog(userId: $userId, first: $first, afterId: $afterId) {\n      id\n      type\n      couponId\n      templateId\n      createdAt\n      payload\n    }\n  }\n": types.UserLookupEventLogPageDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n    settings {\n      currency\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n    settings {\n      currency\n    }\n  }\n"];
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
export function graphql(source: "\n  query BudgetCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BudgetCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignBudget($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      status\n      budget\n      startsAt\n      createdAt\n      budgetStatus {\n        budget\n        spent\n        reserved\n        liability\n        headroom\n        redemptionRateBp\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignBudget($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      status\n      budget\n      startsAt\n      createdAt\n      budgetStatus {\n        budget\n        spent\n        reserved\n        liability\n        headroom\n        redemptionRateBp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignSubsidy($id: ID!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: { kind: CAMPAIGN, id: $id }, from: $from, to: $to) {\n      timeZone\n      daily {\n        date\n        subsidy\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignSubsidy($id: ID!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: { kind: CAMPAIGN, id: $id }, from: $from, to: $to) {\n      timeZone\n      daily {\n        date\n        subsidy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastChoices {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    audiences {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ForecastChoices {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    audiences {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastIssue($templateId: ID!, $audienceId: ID!, $mode: ForecastMode) {\n    forecastIssue(templateId: $templateId, audienceId: $audienceId, mode: $mode) {\n      templateId\n      audienceId\n      mode\n      cost {\n        value\n        low\n        high\n      }\n      figures {\n        name\n        value\n        low\n        high\n        source\n        basis\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForecastIssue($templateId: ID!, $audienceId: ID!, $mode: ForecastMode) {\n    forecastIssue(templateId: $templateId, audienceId: $audienceId, mode: $mode) {\n      templateId\n      audienceId\n      mode\n      cost {\n        value\n        low\n        high\n      }\n      figures {\n        name\n        value\n        low\n        high\n        source\n        basis\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilter) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        status\n        budget\n        spent\n        reserved\n        issuedCount\n        redeemedCount\n        startsAt\n        endsAt\n        updatedAt\n        budgetStatus {\n          budget\n          spent\n          reserved\n          liability\n          headroom\n          redemptionRateBp\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Campaigns($first: Int!, $after: String, $filter: CampaignFilter) {\n    campaigns(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        status\n        budget\n        spent\n        reserved\n        issuedCount\n        redeemedCount\n        startsAt\n        endsAt\n        updatedAt\n        budgetStatus {\n          budget\n          spent\n          reserved\n          liability\n          headroom\n          redemptionRateBp\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      description\n      status\n      budget\n      startsAt\n      endsAt\n      exhaustedAt\n      issuedCount\n      redeemedCount\n      expiredCount\n      outstandingMax\n      createdAt\n      updatedAt\n      budgetStatus {\n        budget\n        spent\n        reserved\n        liability\n        headroom\n        redemptionRateBp\n      }\n    }\n  }\n"): (typeof documents)["\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      description\n      status\n      budget\n      startsAt\n      endsAt\n      exhaustedAt\n      issuedCount\n      redeemedCount\n      expiredCount\n      outstandingMax\n      createdAt\n      updatedAt\n      budgetStatus {\n        budget\n        spent\n        reserved\n        liability\n        headroom\n        redemptionRateBp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignTemplates($campaignId: ID!, $first: Int!, $after: String) {\n    templates(first: $first, after: $after, filter: { campaignId: $campaignId }) {\n      nodes {\n        id\n        name\n        kind\n        status\n        maxValue\n        issuedCount\n        quotaTotal\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CampaignTemplates($campaignId: ID!, $first: Int!, $after: String) {\n    templates(first: $first, after: $after, filter: { campaignId: $campaignId }) {\n      nodes {\n        id\n        name\n        kind\n        status\n        maxValue\n        issuedCount\n        quotaTotal\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      name\n      status\n      budget\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      name\n      status\n      budget\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      name\n      description\n      budget\n      endsAt\n      updatedAt\n      budgetStatus {\n        budget\n        spent\n        reserved\n        liability\n        headroom\n        redemptionRateBp\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      id\n      name\n      description\n      budget\n      endsAt\n      updatedAt\n      budgetStatus {\n        budget\n        spent\n        reserved\n        liability\n        headroom\n        redemptionRateBp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PauseCampaign($id: ID!) {\n    pauseCampaign(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeCampaign($id: ID!) {\n    resumeCampaign(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndCampaign($id: ID!) {\n    endCampaign(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EndCampaign($id: ID!) {\n    endCampaign(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventCatalogue {\n    eventTypes {\n      name\n      description\n      builtin\n      updatedAt\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventCatalogue {\n    eventTypes {\n      name\n      description\n      builtin\n      updatedAt\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentEvents($type: String!, $first: Int!) {\n    trackedEvents(type: $type, first: $first) {\n      id\n      userId\n      occurredAt\n      receivedAt\n      properties\n    }\n  }\n"): (typeof documents)["\n  query RecentEvents($type: String!, $first: Int!) {\n    trackedEvents(type: $type, first: $first) {\n      id\n      userId\n      occurredAt\n      receivedAt\n      properties\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineEventType($input: DefineEventTypeInput!) {\n    defineEventType(input: $input) {\n      name\n      description\n      builtin\n      updatedAt\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DefineEventType($input: DefineEventTypeInput!) {\n    defineEventType(input: $input) {\n      name\n      description\n      builtin\n      updatedAt\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleExperiment(\n    $ruleId: ID!\n    $windowSeconds: Int\n    $sequential: Boolean\n    $marginRateBp: Int\n    $minUsersPerArm: Int\n  ) {\n    experiment(\n      ruleId: $ruleId\n      windowSeconds: $windowSeconds\n      sequential: $sequential\n      marginRateBp: $marginRateBp\n      minUsersPerArm: $minUsersPerArm\n    ) {\n      ...ExperimentResultFields\n    }\n  }\n\n  fragment ExperimentResultFields on ExperimentResult {\n    ruleId\n    version\n    mode\n    measuredAt\n    windowSeconds\n    exposedUsers\n    measuredUsers\n    recommendation\n    evidence\n    srm {\n      mismatch\n      p\n      chiSquare\n      observed\n      expectedShares\n    }\n    arms {\n      arm\n      control\n      exposed\n      users\n      conversion\n      revenuePerUser\n      netContributionPerUser\n      subsidy\n    }\n    lifts {\n      arm\n      metric\n      absolute {\n        estimate\n        low\n        high\n        se\n        p\n      }\n      relative {\n        estimate\n        low\n        high\n        se\n      }\n      cuped {\n        estimate\n        low\n        high\n        se\n        theta\n        varianceReduction\n      }\n      sequential {\n        estimate\n        low\n        high\n        se\n      }\n    }\n    incrementalProfit {\n      arm\n      estimate\n      low\n      high\n      se\n      treatedUsers\n    }\n  }\n"): (typeof documents)["\n  query RuleExperiment(\n    $ruleId: ID!\n    $windowSeconds: Int\n    $sequential: Boolean\n    $marginRateBp: Int\n    $minUsersPerArm: Int\n  ) {\n    experiment(\n      ruleId: $ruleId\n      windowSeconds: $windowSeconds\n      sequential: $sequential\n      marginRateBp: $marginRateBp\n      minUsersPerArm: $minUsersPerArm\n    ) {\n      ...ExperimentResultFields\n    }\n  }\n\n  fragment ExperimentResultFields on ExperimentResult {\n    ruleId\n    version\n    mode\n    measuredAt\n    windowSeconds\n    exposedUsers\n    measuredUsers\n    recommendation\n    evidence\n    srm {\n      mismatch\n      p\n      chiSquare\n      observed\n      expectedShares\n    }\n    arms {\n      arm\n      control\n      exposed\n      users\n      conversion\n      revenuePerUser\n      netContributionPerUser\n      subsidy\n    }\n    lifts {\n      arm\n      metric\n      absolute {\n        estimate\n        low\n        high\n        se\n        p\n      }\n      relative {\n        estimate\n        low\n        high\n        se\n      }\n      cuped {\n        estimate\n        low\n        high\n        se\n        theta\n        varianceReduction\n      }\n      sequential {\n        estimate\n        low\n        high\n        se\n      }\n    }\n    incrementalProfit {\n      arm\n      estimate\n      low\n      high\n      se\n      treatedUsers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExperimentRule($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      status\n      mode\n      activeVersion\n    }\n  }\n"): (typeof documents)["\n  query ExperimentRule($id: ID!) {\n    rule(id: $id) {\n      id\n      name\n      status\n      mode\n      activeVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SolidifyRule($ruleId: ID!, $holdoutPercent: Float!) {\n    solidifyRule(ruleId: $ruleId, holdoutPercent: $holdoutPercent)\n  }\n"): (typeof documents)["\n  mutation SolidifyRule($ruleId: ID!, $holdoutPercent: Float!) {\n    solidifyRule(ruleId: $ruleId, holdoutPercent: $holdoutPercent)\n  }\n"];
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
export function graphql(source: "\n  query LtvReport($groupBy: LtvGroupBy!, $ruleId: ID, $audienceId: ID, $horizonWeeks: Int, $periods: Int) {\n    ltv(\n      groupBy: $groupBy\n      ruleId: $ruleId\n      audienceId: $audienceId\n      horizonWeeks: $horizonWeeks\n      periods: $periods\n    ) {\n      groupBy\n      customers\n      horizonWeeks\n      note\n      params {\n        name\n        value\n        se\n      }\n      groups {\n        key\n        customers\n        historical {\n          period\n          activeUsers\n          revenuePerUser\n          profitPerUser\n        }\n        expected {\n          customers\n          purchases\n          value\n          low\n          high\n          se\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LtvReport($groupBy: LtvGroupBy!, $ruleId: ID, $audienceId: ID, $horizonWeeks: Int, $periods: Int) {\n    ltv(\n      groupBy: $groupBy\n      ruleId: $ruleId\n      audienceId: $audienceId\n      horizonWeeks: $horizonWeeks\n      periods: $periods\n    ) {\n      groupBy\n      customers\n      horizonWeeks\n      note\n      params {\n        name\n        value\n        se\n      }\n      groups {\n        key\n        customers\n        historical {\n          period\n          activeUsers\n          revenuePerUser\n          profitPerUser\n        }\n        expected {\n          customers\n          purchases\n          value\n          low\n          high\n          se\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtvRules {\n    rules(first: 200) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query LtvRules {\n    rules(first: 200) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LtvAudiences {\n    audiences {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query LtvAudiences {\n    audiences {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsDashboard($scope: MetricsScope!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: $scope, from: $from, to: $to) {\n      from\n      to\n      timeZone\n      redemptionRate\n      couponOrderShare\n      allPaidOrders\n      scope {\n        kind\n        id\n      }\n      totals {\n        ...MetricsFiguresFields\n      }\n      daily {\n        ...MetricsFiguresFields\n      }\n      subsidyByFunder {\n        funder\n        funderId\n        amount\n      }\n    }\n  }\n\n  fragment MetricsFiguresFields on MetricsFigures {\n    date\n    issued\n    issuedClaim\n    issuedCode\n    issuedRule\n    issuedBulk\n    issuedApi\n    claimed\n    redeemed\n    expired\n    subsidy\n    paidOrders\n    couponOrders\n    revenue\n    margin\n    marginOrders\n    grossProfit\n    refunds\n    newCustomers\n    newCustomersViaCoupon\n  }\n"): (typeof documents)["\n  query MetricsDashboard($scope: MetricsScope!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: $scope, from: $from, to: $to) {\n      from\n      to\n      timeZone\n      redemptionRate\n      couponOrderShare\n      allPaidOrders\n      scope {\n        kind\n        id\n      }\n      totals {\n        ...MetricsFiguresFields\n      }\n      daily {\n        ...MetricsFiguresFields\n      }\n      subsidyByFunder {\n        funder\n        funderId\n        amount\n      }\n    }\n  }\n\n  fragment MetricsFiguresFields on MetricsFigures {\n    date\n    issued\n    issuedClaim\n    issuedCode\n    issuedRule\n    issuedBulk\n    issuedApi\n    claimed\n    redeemed\n    expired\n    subsidy\n    paidOrders\n    couponOrders\n    revenue\n    margin\n    marginOrders\n    grossProfit\n    refunds\n    newCustomers\n    newCustomersViaCoupon\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsScopeRules {\n    rules(first: 200) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MetricsScopeRules {\n    rules(first: 200) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsScopeCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MetricsScopeCampaigns {\n    campaigns(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsScopeTemplates {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MetricsScopeTemplates {\n    templates(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      merchantIds\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query PartnersApiKeys {\n    apiKeys {\n      id\n      name\n      scopes\n      merchantIds\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n        scopes\n        merchantIds\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n        scopes\n        merchantIds\n        createdAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersWebhookEndpoints($after: String) {\n    webhookEndpoints(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        url\n        description\n        enabled\n        disabledReason\n        eventTypes\n        createdAt\n        lastSuccessAt\n        failingSince\n        previousSecretExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersWebhookEndpoints($after: String) {\n    webhookEndpoints(first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        url\n        description\n        enabled\n        disabledReason\n        eventTypes\n        createdAt\n        lastSuccessAt\n        failingSince\n        previousSecretExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      disabledReason\n      eventTypes\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersUpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      enabled\n      disabledReason\n      eventTypes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation PartnersDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      previousSecretExpiresAt\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      previousSecretExpiresAt\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersWebhookDeliveries($endpointId: ID!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        eventId\n        eventType\n        status\n        attempts\n        lastStatusCode\n        lastError\n        createdAt\n        replayOf\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersWebhookDeliveries($endpointId: ID!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        eventId\n        eventType\n        status\n        attempts\n        lastStatusCode\n        lastError\n        createdAt\n        replayOf\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersWebhookAttempts($endpointId: ID!, $deliveryId: ID!) {\n    webhookAttempts(endpointId: $endpointId, deliveryId: $deliveryId, first: 50) {\n      nodes {\n        id\n        attempt\n        outcome\n        statusCode\n        durationMs\n        startedAt\n        error\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersWebhookAttempts($endpointId: ID!, $deliveryId: ID!) {\n    webhookAttempts(endpointId: $endpointId, deliveryId: $deliveryId, first: 50) {\n      nodes {\n        id\n        attempt\n        outcome\n        statusCode\n        durationMs\n        startedAt\n        error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersReplayDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersReplayDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersReplayRange($input: ReplayWebhookDeliveriesInput!) {\n    replayWebhookDeliveries(input: $input) {\n      queued\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersReplayRange($input: ReplayWebhookDeliveriesInput!) {\n    replayWebhookDeliveries(input: $input) {\n      queued\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersStaffUsers {\n    staffUsers {\n      id\n      email\n      role\n      disabled\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query PartnersStaffUsers {\n    staffUsers {\n      id\n      email\n      role\n      disabled\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersCreateStaff($input: CreateStaffInput!) {\n    createStaffUser(input: $input) {\n      id\n      email\n      role\n      disabled\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersCreateStaff($input: CreateStaffInput!) {\n    createStaffUser(input: $input) {\n      id\n      email\n      role\n      disabled\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersUpdateStaff($input: UpdateStaffInput!) {\n    updateStaffUser(input: $input) {\n      id\n      role\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersUpdateStaff($input: UpdateStaffInput!) {\n    updateStaffUser(input: $input) {\n      id\n      role\n      disabled\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Templates($first: Int!, $after: String, $filter: TemplateFilter) {\n    templates(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        kind\n        status\n        campaignId\n        maxValue\n        issuedCount\n        quotaTotal\n        quotaAvailable\n        updatedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Templates($first: Int!, $after: String, $filter: TemplateFilter) {\n    templates(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        name\n        kind\n        status\n        campaignId\n        maxValue\n        issuedCount\n        quotaTotal\n        quotaAvailable\n        updatedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Template($id: ID!) {\n    template(id: $id) {\n      id\n      name\n      description\n      kind\n      status\n      campaignId\n      amount\n      threshold\n      discountBp\n      cap\n      step\n      sku\n      units\n      unitValue\n      balance\n      rateBp\n      days\n      principalCap\n      applyTo\n      maxUnits\n      minQuantity\n      buyQuantity\n      getQuantity\n      maxApplications\n      getScope {\n        includeSkus\n        includeCategories\n      }\n      multiplePerOrder\n      stackGroup\n      exclusive\n      validFrom\n      validUntil\n      validForSeconds\n      validAfterSeconds\n      claimStartsAt\n      claimEndsAt\n      quotaTotal\n      quotaAvailable\n      quotaBatches {\n        id\n        releaseAt\n        units\n        releasedAt\n      }\n      restoreOnExpiry\n      limitPerAccount\n      limitPerDevice\n      limitFrequency\n      scope {\n        merchantIds\n        includeSkus\n        excludeSkus\n        includeBrands\n        excludeBrands\n        includeCategories\n        excludeCategories\n      }\n      funding {\n        platformBp\n        merchantBp\n        brandBp\n        merchantId\n        brandId\n      }\n      placements\n      audienceIds\n      refundable\n      minTermDays\n      sharing {\n        friendTemplateId\n        packSize\n        expiresInSeconds\n        newUsersOnly\n        rewardTemplateId\n        rewardWhen\n        rewardAfterClaims\n      }\n      maxValue\n      issuedCount\n      codes {\n        claimed\n        unused\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query Template($id: ID!) {\n    template(id: $id) {\n      id\n      name\n      description\n      kind\n      status\n      campaignId\n      amount\n      threshold\n      discountBp\n      cap\n      step\n      sku\n      units\n      unitValue\n      balance\n      rateBp\n      days\n      principalCap\n      applyTo\n      maxUnits\n      minQuantity\n      buyQuantity\n      getQuantity\n      maxApplications\n      getScope {\n        includeSkus\n        includeCategories\n      }\n      multiplePerOrder\n      stackGroup\n      exclusive\n      validFrom\n      validUntil\n      validForSeconds\n      validAfterSeconds\n      claimStartsAt\n      claimEndsAt\n      quotaTotal\n      quotaAvailable\n      quotaBatches {\n        id\n        releaseAt\n        units\n        releasedAt\n      }\n      restoreOnExpiry\n      limitPerAccount\n      limitPerDevice\n      limitFrequency\n      scope {\n        merchantIds\n        includeSkus\n        excludeSkus\n        includeBrands\n        excludeBrands\n        includeCategories\n        excludeCategories\n      }\n      funding {\n        platformBp\n        merchantBp\n        brandBp\n        merchantId\n        brandId\n      }\n      placements\n      audienceIds\n      refundable\n      minTermDays\n      sharing {\n        friendTemplateId\n        packSize\n        expiresInSeconds\n        newUsersOnly\n        rewardTemplateId\n        rewardWhen\n        rewardAfterClaims\n      }\n      maxValue\n      issuedCount\n      codes {\n        claimed\n        unused\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateFormOptions {\n    campaigns(first: 100, filter: { status: [ACTIVE, PAUSED] }) {\n      nodes {\n        id\n        name\n        budget\n        budgetStatus {\n          headroom\n          redemptionRateBp\n        }\n      }\n    }\n    audiences {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TemplateFormOptions {\n    campaigns(first: 100, filter: { status: [ACTIVE, PAUSED] }) {\n      nodes {\n        id\n        name\n        budget\n        budgetStatus {\n          headroom\n          redemptionRateBp\n        }\n      }\n    }\n    audiences {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      id\n      name\n      status\n      maxValue\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTemplate($input: CreateTemplateInput!) {\n    createTemplate(input: $input) {\n      id\n      name\n      status\n      maxValue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!) {\n    updateTemplate(id: $id, input: $input) {\n      id\n      name\n      description\n      quotaTotal\n      quotaAvailable\n      limitPerAccount\n      limitPerDevice\n      limitFrequency\n      placements\n      audienceIds\n      refundable\n      minTermDays\n      sharing {\n        friendTemplateId\n        packSize\n        expiresInSeconds\n        newUsersOnly\n        rewardTemplateId\n        rewardWhen\n        rewardAfterClaims\n      }\n      claimStartsAt\n      claimEndsAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTemplate($id: ID!, $input: UpdateTemplateInput!) {\n    updateTemplate(id: $id, input: $input) {\n      id\n      name\n      description\n      quotaTotal\n      quotaAvailable\n      limitPerAccount\n      limitPerDevice\n      limitFrequency\n      placements\n      audienceIds\n      refundable\n      minTermDays\n      sharing {\n        friendTemplateId\n        packSize\n        expiresInSeconds\n        newUsersOnly\n        rewardTemplateId\n        rewardWhen\n        rewardAfterClaims\n      }\n      claimStartsAt\n      claimEndsAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateTemplate($id: ID!) {\n    activateTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateTemplate($id: ID!) {\n    activateTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseTemplate($id: ID!) {\n    pauseTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PauseTemplate($id: ID!) {\n    pauseTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeTemplate($id: ID!) {\n    resumeTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeTemplate($id: ID!) {\n    resumeTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndTemplate($id: ID!) {\n    endTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EndTemplate($id: ID!) {\n    endTemplate(id: $id) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MintCodes($input: MintCodesInput!) {\n    mintCodes(input: $input) {\n      count\n      sample\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation MintCodes($input: MintCodesInput!) {\n    mintCodes(input: $input) {\n      count\n      sample\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserLookupFacts($userId: ID!) {\n    userProfile(userId: $userId) {\n      userId\n      attributes\n    }\n    userBehaviour(userId: $userId, days: 30) {\n      days\n      counts {\n        eventType\n        total\n        recent\n        lastDay\n      }\n      sums {\n        eventType\n        property\n        total\n        recent\n      }\n    }\n    userAudiences(userId: $userId) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query UserLookupFacts($userId: ID!) {\n    userProfile(userId: $userId) {\n      userId\n      attributes\n    }\n    userBehaviour(userId: $userId, days: 30) {\n      days\n      counts {\n        eventType\n        total\n        recent\n        lastDay\n      }\n      sums {\n        eventType\n        property\n        total\n        recent\n      }\n    }\n    userAudiences(userId: $userId) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserLookupCoupons($userId: ID!, $first: Int!) {\n    walletConnection(userId: $userId, first: $first) {\n      ...LookupWalletPage\n    }\n    couponEventLog(userId: $userId, first: 100) {\n      id\n      type\n      couponId\n      templateId\n      createdAt\n      payload\n    }\n    couponCenter(userId: $userId) {\n      claimable\n      reason\n      claimedCount\n      template {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserLookupCoupons($userId: ID!, $first: Int!) {\n    walletConnection(userId: $userId, first: $first) {\n      ...LookupWalletPage\n    }\n    couponEventLog(userId: $userId, first: 100) {\n      id\n      type\n      couponId\n      templateId\n      createdAt\n      payload\n    }\n    couponCenter(userId: $userId) {\n      claimable\n      reason\n      claimedCount\n      template {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserLookupRefusals($userId: ID!, $first: Int!) {\n    refusedClaims(userId: $userId, first: $first) {\n      ...LookupRefusalPage\n    }\n  }\n"): (typeof documents)["\n  query UserLookupRefusals($userId: ID!, $first: Int!) {\n    refusedClaims(userId: $userId, first: $first) {\n      ...LookupRefusalPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserLookupDecisions($userId: ID!) {\n    ruleFirings(userId: $userId, first: 50) {\n      ruleId\n      version\n      eventId\n      firedAt\n      arm\n      control\n      acted\n      actions\n      results\n      trace\n    }\n    trackedEvents(userId: $userId, first: 20) {\n      id\n      type\n      userId\n      occurredAt\n      properties\n    }\n  }\n"): (typeof documents)["\n  query UserLookupDecisions($userId: ID!) {\n    ruleFirings(userId: $userId, first: 50) {\n      ruleId\n      version\n      eventId\n      firedAt\n      arm\n      control\n      acted\n      actions\n      results\n      trace\n    }\n    trackedEvents(userId: $userId, first: 20) {\n      id\n      type\n      userId\n      occurredAt\n      properties\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserLookupLiveRules {\n    rules(status: ACTIVE, first: 500) {\n      id\n      name\n      trigger\n      activeVersion\n    }\n  }\n"): (typeof documents)["\n  query UserLookupLiveRules {\n    rules(status: ACTIVE, first: 500) {\n      id\n      name\n      trigger\n      activeVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookupRuleVersions($ruleId: ID!) {\n    ruleVersions(ruleId: $ruleId) {\n      version\n      graph\n    }\n  }\n"): (typeof documents)["\n  query LookupRuleVersions($ruleId: ID!) {\n    ruleVersions(ruleId: $ruleId) {\n      version\n      graph\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookupExplain($graph: JSON!, $facts: JSON!) {\n    simulateRule(graph: $graph, facts: $facts, storedFacts: true) {\n      actions\n      splitArm\n      trace\n    }\n  }\n"): (typeof documents)["\n  query LookupExplain($graph: JSON!, $facts: JSON!) {\n    simulateRule(graph: $graph, facts: $facts, storedFacts: true) {\n      actions\n      splitArm\n      trace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LookupWalletPage on CouponConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      id\n      code\n      status\n      source\n      issuedAt\n      validUntil\n      redeemedAt\n      ruleId\n      template {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LookupWalletPage on CouponConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      id\n      code\n      status\n      source\n      issuedAt\n      validUntil\n      redeemedAt\n      ruleId\n      template {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LookupRefusalPage on RefusedClaimConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      id\n      reason\n      message\n      source\n      deviceId\n      cookieId\n      placement\n      createdAt\n      template {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LookupRefusalPage on RefusedClaimConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    nodes {\n      id\n      reason\n      message\n      source\n      deviceId\n      cookieId\n      placement\n      createdAt\n      template {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserLookupWalletPage($userId: ID!, $first: Int!, $after: String) {\n    walletConnection(userId: $userId, first: $first, after: $after) {\n      ...LookupWalletPage\n    }\n  }\n"): (typeof documents)["\n  query UserLookupWalletPage($userId: ID!, $first: Int!, $after: String) {\n    walletConnection(userId: $userId, first: $first, after: $after) {\n      ...LookupWalletPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserLookupRefusalPage($userId: ID!, $first: Int!, $after: String) {\n    refusedClaims(userId: $userId, first: $first, after: $after) {\n      ...LookupRefusalPage\n    }\n  }\n"): (typeof documents)["\n  query UserLookupRefusalPage($userId: ID!, $first: Int!, $after: String) {\n    refusedClaims(userId: $userId, first: $first, after: $after) {\n      ...LookupRefusalPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserLookupEventLogPage($userId: ID!, $first: Int!, $afterId: SafeInt) {\n    couponEventLog(userId: $userId, first: $first, afterId: $afterId) {\n      id\n      type\n      couponId\n      templateId\n      createdAt\n      payload\n    }\n  }\n"): (typeof documents)["\n  query UserLookupEventLogPage($userId: ID!, $first: Int!, $afterId: SafeInt) {\n    couponEventLog(userId: $userId, first: $first, afterId: $afterId) {\n      id\n      type\n      couponId\n      templateId\n      createdAt\n      payload\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;