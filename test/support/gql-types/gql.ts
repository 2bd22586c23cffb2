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
    "\n          mutation ConsoleBenchCreateRule($i: CreateRuleInput!) {\n            createRule(input: $i) {\n              id\n            }\n          }\n        ": typeof types.ConsoleBenchCreateRuleDocument,
    "\n  mutation Track($e: [TrackEventInput!]!) {\n    track(events: $e) {\n      accepted\n      rejected\n      issued\n    }\n  }\n": typeof types.TrackDocument,
    "\n          mutation CreateRule($i: CreateRuleInput!) {\n            createRule(input: $i) {\n              id\n            }\n          }\n        ": typeof types.CreateRuleDocument,
    "\n          mutation PublishRule($id: ID!) {\n            publishRule(id: $id) {\n              rule {\n                id\n              }\n            }\n          }\n        ": typeof types.PublishRuleDocument,
    "\n        mutation CreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $i) {\n            secret\n            endpoint {\n              id\n            }\n          }\n        }\n      ": typeof types.CreateWebhookEndpointDocument,
    "\n        mutation UpdateWebhookEndpoint($id: ID!, $c: Int!) {\n          updateWebhookEndpoint(id: $id, input: { maxConcurrency: $c }) {\n            id\n          }\n        }\n      ": typeof types.UpdateWebhookEndpointDocument,
    "\n          mutation ScaleCreateCampaign {\n            createCampaign(input: { name: \"scale budget\", budget: 200000 }) {\n              id\n            }\n          }\n        ": typeof types.ScaleCreateCampaignDocument,
    "\n      query Template($id: ID!) {\n        template(id: $id) {\n          issuedCount\n          quotaAvailable\n          quotaTotal\n        }\n      }\n    ": typeof types.TemplateDocument,
    "\n        mutation IssueCoupons($i: IssueCouponInput!) {\n          issueCoupons(input: $i) {\n            coupon {\n              id\n            }\n            reason\n          }\n        }\n      ": typeof types.IssueCouponsDocument,
    "\n  query WorkloadsQuote($cart: CartInput!) {\n    quote(cart: $cart) {\n      subtotal\n      best {\n        couponIds\n        totalDiscount\n        payable\n        coupons {\n          couponId\n          stackGroup\n          discount\n          remainingBalance\n        }\n      }\n      items {\n        applicable\n        reason\n        shortBy\n        discount\n        inBest\n        coupon {\n          id\n          code\n          validUntil\n          template {\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkloadsQuoteDocument,
    "\n        mutation BrowserAudiencesTrack($e: [TrackEventInput!]!) {\n          track(events: $e) {\n            accepted\n          }\n        }\n      ": typeof types.BrowserAudiencesTrackDocument,
    "\n        query BrowserIssuingJob($id: ID!) {\n          bulkIssueJob(id: $id) {\n            total\n            issued\n            heldOut\n            skipped\n            failed\n            percent\n          }\n        }\n      ": typeof types.BrowserIssuingJobDocument,
    "\n      query BrowserTemplateCount {\n        templates(first: 1) {\n          totalCount\n        }\n      }\n    ": typeof types.BrowserTemplateCountDocument,
    "\n      mutation BrowserCreateCampaign($i: CreateCampaignInput!) {\n        createCampaign(input: $i) {\n          id\n        }\n      }\n    ": typeof types.BrowserCreateCampaignDocument,
    "\n        query BrowserCampaign($id: ID!) {\n          campaign(id: $id) {\n            name\n            budget\n            status\n          }\n        }\n      ": typeof types.BrowserCampaignDocument,
    "\n        query BrowserTemplateKinds {\n          templates(first: 50) {\n            nodes {\n              name\n              kind\n              status\n              quotaTotal\n            }\n          }\n        }\n      ": typeof types.BrowserTemplateKindsDocument,
    "\n        query BrowserTemplateCodes($id: ID!) {\n          template(id: $id) {\n            status\n            codes {\n              unused\n            }\n          }\n        }\n      ": typeof types.BrowserTemplateCodesDocument,
    "\n        query BrowserEditedTemplate($id: ID!) {\n          template(id: $id) {\n            name\n            quotaTotal\n            amount\n          }\n        }\n      ": typeof types.BrowserEditedTemplateDocument,
    "\n        query BrowserTemplateTotal {\n          templates(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.BrowserTemplateTotalDocument,
    "\n        query BrowserEventTypes {\n          eventTypes {\n            name\n            builtin\n            properties {\n              name\n              type\n              required\n            }\n          }\n        }\n      ": typeof types.BrowserEventTypesDocument,
    "\n      mutation RuleBuilderCreateApiKey($i: CreateApiKeyInput!) {\n        createApiKey(input: $i) {\n          key\n        }\n      }\n    ": typeof types.RuleBuilderCreateApiKeyDocument,
    "\n      mutation RuleBuilderTrack($e: [TrackEventInput!]!) {\n        track(events: $e) {\n          accepted\n          issued\n        }\n      }\n    ": typeof types.RuleBuilderTrackDocument,
    "\n        query RuleBuilderWallet($u: ID!) {\n          wallet(userId: $u) {\n            templateId\n            status\n          }\n        }\n      ": typeof types.RuleBuilderWalletDocument,
    "\n        query RuleBuilderRuleState($id: ID!) {\n          rule(id: $id) {\n            status\n            activeVersion\n          }\n        }\n      ": typeof types.RuleBuilderRuleStateDocument,
    "\n        mutation BrowserVersionsUpdateRule($id: ID!, $i: UpdateRuleInput!) {\n          updateRule(id: $id, input: $i) {\n            id\n          }\n        }\n      ": typeof types.BrowserVersionsUpdateRuleDocument,
    "\n        mutation BrowserVersionsPublishRule($id: ID!, $n: String) {\n          publishRule(id: $id, note: $n) {\n            rule {\n              id\n            }\n          }\n        }\n      ": typeof types.BrowserVersionsPublishRuleDocument,
    "\n      mutation ArrangeCreateRule($i: CreateRuleInput!) {\n        createRule(input: $i) {\n          id\n          name\n        }\n      }\n    ": typeof types.ArrangeCreateRuleDocument,
    "\n      mutation ArrangePublishRule($id: ID!) {\n        publishRule(id: $id) {\n          rule {\n            id\n          }\n        }\n      }\n    ": typeof types.ArrangePublishRuleDocument,
    "\n        mutation ArrangePauseRule($id: ID!) {\n          pauseRule(id: $id) {\n            id\n          }\n        }\n      ": typeof types.ArrangePauseRuleDocument,
    "\n      query ArrangeRuleState($id: ID!) {\n        rule(id: $id) {\n          name\n          status\n          mode\n          draft\n          activeVersion\n        }\n      }\n    ": typeof types.ArrangeRuleStateDocument,
    "\n      mutation ArrangePaidOrder($e: [TrackEventInput!]!) {\n        track(events: $e) {\n          accepted\n          issued\n          errors {\n            message\n          }\n        }\n      }\n    ": typeof types.ArrangePaidOrderDocument,
    "\n        mutation HarnessCreateStaff($i: CreateStaffInput!) {\n          createStaffUser(input: $i) {\n            id\n          }\n        }\n      ": typeof types.HarnessCreateStaffDocument,
    "\n      mutation MeasureCreateCampaign($i: CreateCampaignInput!) {\n        createCampaign(input: $i) {\n          id\n        }\n      }\n    ": typeof types.MeasureCreateCampaignDocument,
    "\n      mutation MeasureCreateAudience($i: CreateAudienceInput!) {\n        createAudience(input: $i) {\n          id\n        }\n      }\n    ": typeof types.MeasureCreateAudienceDocument,
    "\n      mutation MeasureUploadAudience($a: ID!, $csv: String!) {\n        uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {\n          added\n        }\n      }\n    ": typeof types.MeasureUploadAudienceDocument,
    "\n  mutation MeasureTrack($e: [TrackEventInput!]!) {\n    track(events: $e) {\n      accepted\n      errors {\n        message\n      }\n    }\n  }\n": typeof types.MeasureTrackDocument,
    "\n  mutation MeasureLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n    }\n  }\n": typeof types.MeasureLockDocument,
    "\n  mutation MeasureRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n    }\n  }\n": typeof types.MeasureRedeemDocument,
    "\n      mutation MeasureCreateRule($i: CreateRuleInput!) {\n        createRule(input: $i) {\n          id\n        }\n      }\n    ": typeof types.MeasureCreateRuleDocument,
    "\n      mutation MeasurePublishRule($id: ID!) {\n        publishRule(id: $id) {\n          rule {\n            id\n          }\n        }\n      }\n    ": typeof types.MeasurePublishRuleDocument,
    "\n      query MeasureRuleMode($id: ID!) {\n        rule(id: $id) {\n          mode\n        }\n      }\n    ": typeof types.MeasureRuleModeDocument,
    "\n  query ApiConventionsTemplateCount {\n    templates(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ApiConventionsTemplateCountDocument,
    "\n        mutation ApiConventionsCreateTemplate($i: CreateTemplateInput!) {\n          createTemplate(input: $i) {\n            id\n          }\n        }\n      ": typeof types.ApiConventionsCreateTemplateDocument,
    "\n      query ApiConventionsQuote($c: CartInput!) {\n        quote(cart: $c) {\n          currency\n          subtotal\n          errors {\n            code\n          }\n          best {\n            totalDiscount\n            payable\n          }\n        }\n      }\n    ": typeof types.ApiConventionsQuoteDocument,
    "\n    mutation ApiConventionsTransitionCampaign($id: ID!, $a: CampaignAction!) {\n      transitionCampaign(id: $id, action: $a) {\n        campaign {\n          id\n          status\n        }\n        errors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.ApiConventionsTransitionCampaignDocument,
    "\n        mutation ApiConventionsCreateCampaign {\n          createCampaign(input: { name: \"steps\", budget: 10000 }) {\n            id\n            status\n          }\n        }\n      ": typeof types.ApiConventionsCreateCampaignDocument,
    "\n        mutation ApiConventionsPauseCampaign($id: ID!) {\n          pauseCampaign(id: $id) {\n            status\n          }\n        }\n      ": typeof types.ApiConventionsPauseCampaignDocument,
    "\n      mutation ApiConventionsTransitionTemplate($id: ID!, $a: TemplateAction!) {\n        transitionTemplate(id: $id, action: $a) {\n          template {\n            id\n            status\n          }\n          errors {\n            field\n            code\n          }\n        }\n      }\n    ": typeof types.ApiConventionsTransitionTemplateDocument,
    "\n      mutation ApiConventionsLock($i: LockInput!) {\n        lockCoupons(input: $i) {\n          locked\n          problems {\n            couponId\n            reason\n          }\n          errors {\n            field\n            message\n            code\n          }\n        }\n      }\n    ": typeof types.ApiConventionsLockDocument,
    "\n        mutation ApiConventionsRelease {\n          releaseOrder(orderId: \"errors-o2\") {\n            status\n          }\n        }\n      ": typeof types.ApiConventionsReleaseDocument,
    "\n      mutation ApiConventionsRedeem($o: ID!) {\n        redeemOrder(orderId: $o) {\n          ok\n          status\n          totalDiscount\n          errors {\n            field\n            message\n            code\n          }\n        }\n      }\n    ": typeof types.ApiConventionsRedeemDocument,
    "\n    mutation ApiConventionsCreateEndpoint($i: CreateWebhookEndpointInput!) {\n      createWebhookEndpoint(input: $i) {\n        endpoint {\n          id\n          events\n          eventTypes\n        }\n      }\n    }\n  ": typeof types.ApiConventionsCreateEndpointDocument,
    "\n    query ApiConventionsEndpoints {\n      webhookEndpoints(first: 100) {\n        totalCount\n      }\n    }\n  ": typeof types.ApiConventionsEndpointsDocument,
    "\n      mutation ApiConventionsUpdateEndpoint($id: ID!, $i: UpdateWebhookEndpointInput!) {\n        updateWebhookEndpoint(id: $id, input: $i) {\n          events\n        }\n      }\n    ": typeof types.ApiConventionsUpdateEndpointDocument,
    "\n      query ApiConventionsEventLog($t: ID, $types: [String!]) {\n        couponEventLog(templateId: $t, eventTypes: $types, first: 100) {\n          eventType\n        }\n      }\n    ": typeof types.ApiConventionsEventLogDocument,
    "\n      mutation ApiConventionsCreateStaff($i: CreateStaffInput!) {\n        createStaffUser(input: $i) {\n          id\n          role\n          access\n        }\n      }\n    ": typeof types.ApiConventionsCreateStaffDocument,
    "\n        mutation ApiConventionsUpdateStaff($i: UpdateStaffInput!) {\n          updateStaffUser(input: $i) {\n            role\n            access\n          }\n        }\n      ": typeof types.ApiConventionsUpdateStaffDocument,
    "\n      mutation AudiencesCreateAudience2($i: CreateAudienceInput!) {\n        createAudience(input: $i) {\n          id\n        }\n      }\n    ": typeof types.AudiencesCreateAudience2Document,
    "\n        query IsAudienceMember($a: ID!, $u: ID!) {\n          isAudienceMember(audienceId: $a, userId: $u)\n        }\n      ": typeof types.IsAudienceMemberDocument,
    "\n        query AudiencesAudiencePreview($e: JSON) {\n          audiencePreview(expression: $e, sample: 10) {\n            size\n            sample\n          }\n        }\n      ": typeof types.AudiencesAudiencePreviewDocument,
    "\n        query AudiencesAudienceMembers($a: ID!) {\n          audienceMembers(audienceId: $a, first: 2) {\n            userIds\n            hasNextPage\n            endCursor\n          }\n        }\n      ": typeof types.AudiencesAudienceMembersDocument,
    "\n        mutation AudiencesCreateAudience($i: CreateAudienceInput!) {\n          createAudience(input: $i) {\n            id\n          }\n        }\n      ": typeof types.AudiencesCreateAudienceDocument,
    "\n        mutation CreateAudience($i: CreateAudienceInput!) {\n          createAudience(input: $i) {\n            id\n          }\n        }\n      ": typeof types.CreateAudienceDocument,
    "\n          query AudiencesNestedPreview($a: ID) {\n            audiencePreview(audienceId: $a, sample: 10) {\n              size\n              sample\n            }\n          }\n        ": typeof types.AudiencesNestedPreviewDocument,
    "\n        mutation AudiencesUpdateAudience($id: ID!, $i: UpdateAudienceInput!) {\n          updateAudience(id: $id, input: $i) {\n            id\n          }\n        }\n      ": typeof types.AudiencesUpdateAudienceDocument,
    "\n        query AudiencesTemplate($id: ID!) {\n          template(id: $id) {\n            audienceIds\n          }\n        }\n      ": typeof types.AudiencesTemplateDocument,
    "\n        mutation CreateTemplate($i: CreateTemplateInput!) {\n          createTemplate(input: $i) {\n            id\n          }\n        }\n      ": typeof types.CreateTemplateDocument,
    "\n        mutation AudiencesDeleteAudience($id: ID!) {\n          deleteAudience(id: $id)\n        }\n      ": typeof types.AudiencesDeleteAudienceDocument,
    "\n          mutation DeleteAudience($id: ID!) {\n            deleteAudience(id: $id)\n          }\n        ": typeof types.DeleteAudienceDocument,
    "\n          mutation AudiencesUploadAudienceMembers($a: ID!, $csv: String!, $r: Boolean!) {\n            uploadAudienceMembers(audienceId: $a, csv: $csv, replace: $r) {\n              rows\n              added\n              size\n              invalid {\n                line\n                value\n              }\n            }\n          }\n        ": typeof types.AudiencesUploadAudienceMembersDocument,
    "\n        query AudiencePreview($a: ID) {\n          audiencePreview(audienceId: $a, sample: 3) {\n            size\n            sample\n          }\n        }\n      ": typeof types.AudiencePreviewDocument,
    "\n        query AudienceMembers($a: ID!) {\n          audienceMembers(audienceId: $a, first: 5, after: \"imp-0499997\") {\n            userIds\n            hasNextPage\n          }\n        }\n      ": typeof types.AudienceMembersDocument,
    "\n        mutation UploadAudienceMembers($a: ID!, $csv: String!) {\n          uploadAudienceMembers(audienceId: $a, csv: $csv) {\n            added\n          }\n        }\n      ": typeof types.UploadAudienceMembersDocument,
    "\n        mutation IssueToAudience($t: ID!, $a: ID!) {\n          issueToAudience(templateId: $t, audienceId: $a) {\n            id\n            total\n          }\n        }\n      ": typeof types.IssueToAudienceDocument,
    "\n            query BulkIssueJob($id: ID!) {\n              bulkIssueJob(id: $id) {\n                status\n                issued\n              }\n            }\n          ": typeof types.BulkIssueJobDocument,
    "\n        query Audience($id: ID!) {\n          audience(id: $id) {\n            size\n          }\n        }\n      ": typeof types.AudienceDocument,
    "\n      mutation CreateStaffUser($i: CreateStaffInput!) {\n        createStaffUser(input: $i) {\n          id\n        }\n      }\n    ": typeof types.CreateStaffUserDocument,
    "\n      mutation BadInputLogin($e: String!) {\n        login(email: $e, password: \"a-long-password\") {\n          token\n        }\n      }\n    ": typeof types.BadInputLoginDocument,
    "\n      mutation CreateUserToken {\n        createUserToken(input: { userId: \"alice\" })\n      }\n    ": typeof types.CreateUserTokenDocument,
    "\n  query BadInputQuote($c: CartInput!) {\n    quote(cart: $c) {\n      subtotal\n    }\n  }\n": typeof types.BadInputQuoteDocument,
    "\n          query BadInputTemplate {\n            template(id: \"tpl_nope\") {\n              id\n            }\n          }\n        ": typeof types.BadInputTemplateDocument,
    "\n          query Coupon {\n            coupon(id: \"1 OR 1=1\") {\n              id\n            }\n          }\n        ": typeof types.CouponDocument,
    "\n      mutation BadInputCreateTemplate($i: CreateTemplateInput!) {\n        createTemplate(input: $i) {\n          id\n        }\n      }\n    ": typeof types.BadInputCreateTemplateDocument,
    "\n          mutation Login {\n            login(email: \"admin@test.local\", password: \"wrong\") {\n              token\n            }\n          }\n        ": typeof types.LoginDocument,
    "\n          mutation CreateApiKey {\n            createApiKey(input: { name: \"x\", scopes: [CHECKOUT] }) {\n              key\n            }\n          }\n        ": typeof types.CreateApiKeyDocument,
    "\n          query BadInputWallet {\n            wallet(userId: \"bob\") {\n              id\n            }\n          }\n        ": typeof types.BadInputWalletDocument,
    "\n          mutation BadInputRedeemOrder {\n            redeemOrder(orderId: \"o1\") {\n              ok\n            }\n          }\n        ": typeof types.BadInputRedeemOrderDocument,
    "\n          query BadInputTemplates {\n            templates {\n              totalCount\n            }\n          }\n        ": typeof types.BadInputTemplatesDocument,
    "\n          mutation RedeemOrder {\n            redeemOrder(orderId: \"no-such-order\") {\n              ok\n            }\n          }\n        ": typeof types.RedeemOrderDocument,
    "\n      query BadInputWallet2 {\n        wallet(userId: \"u1\") {\n          template {\n            scope {\n              merchantIds\n            }\n          }\n        }\n      }\n    ": typeof types.BadInputWallet2Document,
    "\n          query Templates {\n            templates(first: 101) {\n              totalCount\n            }\n          }\n        ": typeof types.TemplatesDocument,
    "\n        query Wallet {\n          wallet {\n            userId\n          }\n        }\n      ": typeof types.WalletDocument,
    "\n  query MechanicsQuote($c: CartInput!) {\n    quote(cart: $c) {\n      items {\n        coupon {\n          id\n        }\n        applicable\n        reason\n        discount\n      }\n      best {\n        couponIds\n        totalDiscount\n        payable\n      }\n    }\n  }\n": typeof types.MechanicsQuoteDocument,
    "\n  mutation MechanicsLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n      problems {\n        couponId\n        reason\n      }\n      applied {\n        couponIds\n        totalDiscount\n        payable\n      }\n    }\n  }\n": typeof types.MechanicsLockDocument,
    "\n  mutation MechanicsRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n      totalDiscount\n      coupons {\n        id\n        status\n      }\n    }\n  }\n": typeof types.MechanicsRedeemDocument,
    "\n  mutation MechanicsCreateTemplate($i: CreateTemplateInput!) {\n    createTemplate(input: $i) {\n      id\n      maxValue\n      applyTo\n      maxUnits\n      minQuantity\n      buyQuantity\n      getQuantity\n      maxApplications\n    }\n  }\n": typeof types.MechanicsCreateTemplateDocument,
    "\n  query MechanicsTemplates($s: String!) {\n    templates(filter: { search: $s }) {\n      totalCount\n    }\n  }\n": typeof types.MechanicsTemplatesDocument,
    "\n  mutation MechanicsCampaign {\n    createCampaign(input: { name: \"mechanics\", budget: 100000 }) {\n      id\n    }\n  }\n": typeof types.MechanicsCampaignDocument,
    "\n  query MechanicsWallet($u: ID!) {\n    wallet(userId: $u) {\n      id\n      status\n    }\n  }\n": typeof types.MechanicsWalletDocument,
    "\n        query MechanicsShort($c: CartInput!) {\n          quote(cart: $c) {\n            items {\n              applicable\n              reason\n              shortBy\n            }\n          }\n        }\n      ": typeof types.MechanicsShortDocument,
    "\n  query ShippingQuote($c: CartInput!) {\n    quote(cart: $c) {\n      subtotal\n      shippingAmount\n      items {\n        coupon {\n          id\n          template {\n            summary\n          }\n        }\n        applicable\n        reason\n        discount\n      }\n      best {\n        couponIds\n        totalDiscount\n        goodsDiscount\n        shipping {\n          amount\n          discount\n          payable\n        }\n        payable\n        coupons {\n          couponId\n          discount\n          shippingDiscount\n          remainingBalance\n        }\n      }\n    }\n  }\n": typeof types.ShippingQuoteDocument,
    "\n  mutation ShippingLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n      problems {\n        couponId\n        reason\n      }\n      applied {\n        couponIds\n        totalDiscount\n        goodsDiscount\n        shipping {\n          amount\n          discount\n          payable\n        }\n        payable\n        coupons {\n          couponId\n          discount\n          shippingDiscount\n          remainingBalance\n        }\n      }\n    }\n  }\n": typeof types.ShippingLockDocument,
    "\n  mutation ShippingRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n      totalDiscount\n      coupons {\n        id\n        status\n        balance\n      }\n    }\n  }\n": typeof types.ShippingRedeemDocument,
    "\n  mutation ShippingCreateTemplate($i: CreateTemplateInput!) {\n    createTemplate(input: $i) {\n      id\n      maxValue\n      stackGroup\n      summary\n      multiplePerOrder\n      getScope {\n        includeCategories\n      }\n    }\n  }\n": typeof types.ShippingCreateTemplateDocument,
    "\n  query ShippingTemplates($s: String!) {\n    templates(filter: { search: $s }) {\n      totalCount\n    }\n  }\n": typeof types.ShippingTemplatesDocument,
    "\n  mutation ShippingCampaign($n: String!) {\n    createCampaign(input: { name: $n, budget: 100000 }) {\n      id\n    }\n  }\n": typeof types.ShippingCampaignDocument,
    "\n  query ShippingCampaignRead($id: ID!) {\n    campaign(id: $id) {\n      spent\n      reserved\n    }\n  }\n": typeof types.ShippingCampaignReadDocument,
    "\n  query ShippingWallet($u: ID!) {\n    wallet(userId: $u) {\n      id\n      status\n      balance\n    }\n  }\n": typeof types.ShippingWalletDocument,
    "\n  query CheckoutQuote($c: CartInput!) {\n    quote(cart: $c) {\n      subtotal\n      items {\n        coupon {\n          id\n        }\n        applicable\n        reason\n        shortBy\n        discount\n        inBest\n      }\n      inapplicable {\n        coupon {\n          id\n        }\n        reason\n      }\n      best {\n        couponIds\n        totalDiscount\n        payable\n        coupons {\n          couponId\n          stackGroup\n          discount\n          lines {\n            index\n            discount\n          }\n        }\n        lines {\n          index\n          amount\n          discount\n          payable\n        }\n      }\n    }\n  }\n": typeof types.CheckoutQuoteDocument,
    "\n  mutation CheckoutLockCoupons($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n      replayed\n      lockExpiresAt\n      problems {\n        couponId\n        reason\n        shortBy\n      }\n      applied {\n        couponIds\n        totalDiscount\n        payable\n      }\n    }\n  }\n": typeof types.CheckoutLockCouponsDocument,
    "\n  mutation CheckoutRedeemOrder($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n      status\n      totalDiscount\n      replayed\n      coupons {\n        id\n        status\n        balance\n      }\n    }\n  }\n": typeof types.CheckoutRedeemOrderDocument,
    "\n  mutation CheckoutReleaseOrder($o: ID!) {\n    releaseOrder(orderId: $o) {\n      status\n      replayed\n      coupons {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CheckoutReleaseOrderDocument,
    "\n  mutation RefundOrder($o: ID!) {\n    refundOrder(orderId: $o) {\n      status\n      replayed\n      coupons {\n        id\n        status\n        balance\n      }\n    }\n  }\n": typeof types.RefundOrderDocument,
    "\n        query Quote($c: CartInput!) {\n          quote(cart: $c) {\n            items {\n              coupon {\n                id\n                validUntil\n                balance\n              }\n            }\n          }\n        }\n      ": typeof types.QuoteDocument,
    "\n        query QuoteFieldsWallet {\n          wallet(userId: \"q-fields\") {\n            ...QuoteAllCouponFields\n          }\n        }\n        fragment QuoteAllCouponFields on Coupon {\n          id\n          code\n          templateId\n          campaignId\n          userId\n          status\n          source\n          ruleId\n          ruleVersion\n          placement\n          issuedAt\n          validFrom\n          validUntil\n          seenAt\n          isNew\n          balance\n          lockedOrderId\n          lockExpiresAt\n          redeemedOrderId\n          redeemedAt\n          template {\n            id\n            name\n          }\n          __typename\n        }\n      ": typeof types.QuoteFieldsWalletDocument,
    "\n        query QuoteFieldsAll($c: CartInput!) {\n          quote(cart: $c) {\n            items {\n              coupon {\n                ...QuoteAllCouponFields\n              }\n            }\n          }\n        }\n      ": typeof types.QuoteFieldsAllDocument,
    "\n        query QuoteFieldsBrief($c: CartInput!) {\n          quote(cart: $c) {\n            items {\n              coupon {\n                couponId: id\n                code\n                ... on Coupon {\n                  templateId\n                  campaignId\n                  userId\n                  status\n                  validFrom\n                  validUntil\n                  balance\n                  lockedOrderId\n                  lockExpiresAt\n                  template {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.QuoteFieldsBriefDocument,
    "\n        query QuoteFieldsNode($c: CartInput!) {\n          quote(cart: $c) {\n            best {\n              couponIds\n            }\n            items {\n              coupon {\n                id\n                ... on Node {\n                  id\n                }\n                ...QuoteIssuedAt\n              }\n            }\n          }\n        }\n        fragment QuoteIssuedAt on Coupon {\n          issuedAt\n          source\n        }\n      ": typeof types.QuoteFieldsNodeDocument,
    "\n        mutation CheckoutCreateCampaign {\n          createCampaign(input: { name: \"co\", budget: 100000 }) {\n            id\n          }\n        }\n      ": typeof types.CheckoutCreateCampaignDocument,
    "\n            query Campaign($id: ID!) {\n              campaign(id: $id) {\n                spent\n                reserved\n                budgetStatus {\n                  headroom\n                }\n              }\n            }\n          ": typeof types.CampaignDocument,
    "\n        query CouponEventLog($c: ID!) {\n          couponEventLog(couponId: $c) {\n            type\n          }\n        }\n      ": typeof types.CouponEventLogDocument,
    "\n        query CheckoutWallet3 {\n          wallet(userId: \"q6\") {\n            id\n            status\n          }\n        }\n      ": typeof types.CheckoutWallet3Document,
    "\n        query CheckoutWallet2 {\n          wallet(userId: \"q8\", expiringWithinHours: 2) {\n            id\n            isNew\n          }\n        }\n      ": typeof types.CheckoutWallet2Document,
    "\n        mutation MarkCouponsSeen($ids: [ID!]!) {\n          markCouponsSeen(userId: \"q8\", couponIds: $ids)\n        }\n      ": typeof types.MarkCouponsSeenDocument,
    "\n        query CheckoutWallet {\n          wallet(userId: \"q8\") {\n            id\n            isNew\n          }\n        }\n      ": typeof types.CheckoutWalletDocument,
    "\n        mutation CreateCampaign {\n          createCampaign(input: { name: \"11.11 page\" }) {\n            id\n          }\n        }\n      ": typeof types.CreateCampaignDocument,
    "\n      query CouponCenter($p: PlacementInput) {\n        couponCenter(userId: \"q9\", placement: $p) {\n          template {\n            id\n          }\n          claimable\n          reason\n          claimedCount\n        }\n      }\n    ": typeof types.CouponCenterDocument,
    "\n  query RefusedClaimsPage($userId: ID!, $first: Int!, $after: String) {\n    refusedClaims(userId: $userId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        userId\n        templateId\n        template {\n          name\n        }\n        reason\n        message\n        source\n        deviceId\n        cookieId\n        placement\n        createdAt\n      }\n    }\n  }\n": typeof types.RefusedClaimsPageDocument,
    "\n  query ClusterTemplate($id: ID!) {\n    template(id: $id) {\n      quotaAvailable\n      issuedCount\n    }\n  }\n": typeof types.ClusterTemplateDocument,
    "\n  mutation ClusterUpdateQuota($id: ID!, $quotaTotal: Int) {\n    updateTemplate(id: $id, input: { quotaTotal: $quotaTotal }) {\n      quotaAvailable\n      issuedCount\n    }\n  }\n": typeof types.ClusterUpdateQuotaDocument,
    "\n        mutation ClusterCreateCampaign {\n          createCampaign(input: { name: \"cluster budget\", budget: 20000 }) {\n            id\n          }\n        }\n      ": typeof types.ClusterCreateCampaignDocument,
    "\n        query ClusterCouponEventLog($t: ID!) {\n          couponEventLog(templateId: $t) {\n            type\n          }\n        }\n      ": typeof types.ClusterCouponEventLogDocument,
    "\n        query ClaimsTemplate($id: ID!) {\n          template(id: $id) {\n            quotaAvailable\n            issuedCount\n          }\n        }\n      ": typeof types.ClaimsTemplateDocument,
    "\n        mutation LockCoupons($i: LockInput!) {\n          lockCoupons(input: $i) {\n            locked\n          }\n        }\n      ": typeof types.LockCouponsDocument,
    "\n        mutation ClaimsRedeemOrder {\n          redeemOrder(orderId: \"order-au-1\") {\n            ok\n          }\n        }\n      ": typeof types.ClaimsRedeemOrderDocument,
    "\n        mutation PauseTemplate($id: ID!) {\n          pauseTemplate(id: $id) {\n            status\n          }\n        }\n      ": typeof types.PauseTemplateDocument,
    "\n        mutation EndTemplate($id: ID!) {\n          endTemplate(id: $id) {\n            status\n          }\n        }\n      ": typeof types.EndTemplateDocument,
    "\n        mutation ClaimsCreateCampaign {\n          createCampaign(input: { name: \"b\", budget: 2000 }) {\n            id\n          }\n        }\n      ": typeof types.ClaimsCreateCampaignDocument,
    "\n        query ClaimsCouponEventLog($t: ID!) {\n          couponEventLog(templateId: $t) {\n            type\n          }\n        }\n      ": typeof types.ClaimsCouponEventLogDocument,
    "\n        mutation MintCodes($i: MintCodesInput!) {\n          mintCodes(input: $i) {\n            count\n            sample\n          }\n        }\n      ": typeof types.MintCodesDocument,
    "\n      mutation ClaimByCode($i: ClaimByCodeInput!) {\n        claimByCode(input: $i) {\n          __typename\n          ... on ClaimSuccess {\n            coupon {\n              code\n              templateId\n            }\n          }\n          ... on ClaimRefused {\n            reason\n          }\n        }\n      }\n    ": typeof types.ClaimByCodeDocument,
    "\n  mutation InvCreateCampaign($i: CreateCampaignInput!) {\n    createCampaign(input: $i) {\n      id\n    }\n  }\n": typeof types.InvCreateCampaignDocument,
    "\n  query InvBudget($id: ID!) {\n    campaign(id: $id) {\n      spent\n      reserved\n    }\n  }\n": typeof types.InvBudgetDocument,
    "\n  query InvQuote($i: InvestmentInput!) {\n    quoteInvestment(input: $i) {\n      principal\n      termDays\n      baseInterest\n      items {\n        coupon {\n          id\n          status\n          template {\n            summary\n          }\n        }\n        applicable\n        reason\n        shortBy\n        bonus\n        inBest\n      }\n      best {\n        couponIds\n        totalBonus\n      }\n    }\n  }\n": typeof types.InvQuoteDocument,
    "\n  mutation InvLock($i: LockInvestmentInput!) {\n    lockInvestment(input: $i) {\n      investmentId\n      locked\n      replayed\n      couponIds\n      totalBonus\n      problems {\n        couponId\n        reason\n      }\n    }\n  }\n": typeof types.InvLockDocument,
    "\n  mutation InvRedeem($id: ID!) {\n    redeemInvestment(investmentId: $id) {\n      ok\n      status\n      totalDiscount\n      replayed\n      coupons {\n        id\n        status\n      }\n    }\n  }\n": typeof types.InvRedeemDocument,
    "\n  mutation InvRelease($id: ID!) {\n    releaseInvestment(investmentId: $id) {\n      status\n      replayed\n      coupons {\n        id\n        status\n      }\n    }\n  }\n": typeof types.InvReleaseDocument,
    "\n  mutation InvRefund($id: ID!) {\n    refundInvestment(investmentId: $id) {\n      status\n      replayed\n      coupons {\n        id\n        status\n      }\n    }\n  }\n": typeof types.InvRefundDocument,
    "\n  query InvEvents($c: ID!) {\n    couponEventLog(couponId: $c) {\n      type\n      payload\n    }\n  }\n": typeof types.InvEventsDocument,
    "\n  mutation IssuanceRulesCreateTemplate($i: CreateTemplateInput!) {\n    createTemplate(input: $i) {\n      id\n    }\n  }\n": typeof types.IssuanceRulesCreateTemplateDocument,
    "\n        mutation IssuanceRulesCreateBudgetedCampaign {\n          createCampaign(input: { name: \"gifts\", budget: 100000 }) {\n            id\n          }\n        }\n      ": typeof types.IssuanceRulesCreateBudgetedCampaignDocument,
    "\n        mutation IssuanceRulesCreateValuedTemplate($i: CreateTemplateInput!) {\n          createTemplate(input: $i) {\n            id\n            maxValue\n          }\n        }\n      ": typeof types.IssuanceRulesCreateValuedTemplateDocument,
    "\n        mutation IssuanceRulesCreateOpenCampaign {\n          createCampaign(input: { name: \"open\" }) {\n            id\n          }\n        }\n      ": typeof types.IssuanceRulesCreateOpenCampaignDocument,
    "\n        mutation IssuanceRulesBudgetCampaign($id: ID!) {\n          updateCampaign(id: $id, input: { budget: 5000 }) {\n            id\n          }\n        }\n      ": typeof types.IssuanceRulesBudgetCampaignDocument,
    "\n        mutation IssuanceRulesCreateAudience($i: CreateAudienceInput!) {\n          createAudience(input: $i) {\n            id\n          }\n        }\n      ": typeof types.IssuanceRulesCreateAudienceDocument,
    "\n        mutation IssuanceRulesUploadMembers($a: ID!, $csv: String!) {\n          uploadAudienceMembers(audienceId: $a, csv: $csv) {\n            size\n          }\n        }\n      ": typeof types.IssuanceRulesUploadMembersDocument,
    "\n            query IssuanceRulesCouponCenter($u: ID!) {\n              couponCenter(userId: $u) {\n                template {\n                  id\n                }\n                claimable\n                reason\n              }\n            }\n          ": typeof types.IssuanceRulesCouponCenterDocument,
    "\n  mutation HoldoutCreateAudience($i: CreateAudienceInput!) {\n    createAudience(input: $i) {\n      id\n    }\n  }\n": typeof types.HoldoutCreateAudienceDocument,
    "\n  mutation HoldoutUpload($a: ID!, $csv: String!) {\n    uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {\n      size\n    }\n  }\n": typeof types.HoldoutUploadDocument,
    "\n  mutation HoldoutIssue($t: ID!, $a: ID!, $h: Float) {\n    issueToAudience(templateId: $t, audienceId: $a, holdoutPercent: $h) {\n      id\n      total\n      holdoutPercent\n    }\n  }\n": typeof types.HoldoutIssueDocument,
    "\n  query HoldoutJob($id: ID!) {\n    bulkIssueJob(id: $id) {\n      status\n      total\n      processed\n      issued\n      heldOut\n      skipped\n      failed\n      percent\n      holdoutPercent\n    }\n  }\n": typeof types.HoldoutJobDocument,
    "\n  mutation HoldoutStart($i: BulkIssueInput!) {\n    startBulkIssue(input: $i) {\n      id\n      holdoutPercent\n    }\n  }\n": typeof types.HoldoutStartDocument,
    "\n  query HoldoutExperiment($j: ID!, $w: Int) {\n    jobExperiment(jobId: $j, windowSeconds: $w) {\n      jobId\n      holdoutPercent\n      exposedUsers\n      measuredUsers\n      srm {\n        mismatch\n      }\n      arms {\n        arm\n        control\n        users\n        conversion\n        revenuePerUser\n        subsidy\n      }\n      lifts {\n        metric\n        arm\n        absolute {\n          estimate\n          low\n          high\n        }\n      }\n      incrementalProfit {\n        treatedUsers\n        estimate\n      }\n    }\n  }\n": typeof types.HoldoutExperimentDocument,
    "\n      query LifecycleCoupon($id: ID!) {\n        coupon(id: $id) {\n          status\n        }\n      }\n    ": typeof types.LifecycleCouponDocument,
    "\n        query LifecycleCouponEventLog($t: ID!) {\n          couponEventLog(templateId: $t) {\n            type\n          }\n        }\n      ": typeof types.LifecycleCouponEventLogDocument,
    "\n          query LifecycleTemplate($id: ID!) {\n            template(id: $id) {\n              quotaAvailable\n              quotaBatches {\n                releasedAt\n              }\n            }\n          }\n        ": typeof types.LifecycleTemplateDocument,
    "\n        mutation LifecycleCreateCampaign {\n          createCampaign(input: { name: \"locks\", budget: 10000 }) {\n            id\n          }\n        }\n      ": typeof types.LifecycleCreateCampaignDocument,
    "\n        mutation LifecycleLockCoupons($i: LockInput!) {\n          lockCoupons(input: $i) {\n            locked\n          }\n        }\n      ": typeof types.LifecycleLockCouponsDocument,
    "\n        query LifecycleCampaign($id: ID!) {\n          campaign(id: $id) {\n            reserved\n          }\n        }\n      ": typeof types.LifecycleCampaignDocument,
    "\n        mutation LifecycleRedeemOrder {\n          redeemOrder(orderId: \"lapse-1\") {\n            ok\n            status\n          }\n        }\n      ": typeof types.LifecycleRedeemOrderDocument,
    "\n    query LifecycleBulkIssueJob($id: ID!) {\n      bulkIssueJob(id: $id) {\n        status\n        total\n        processed\n        issued\n        percent\n        refusals {\n          reason\n          count\n        }\n      }\n    }\n  ": typeof types.LifecycleBulkIssueJobDocument,
    "\n        mutation LifecycleStartBulkIssue($i: BulkIssueInput!) {\n          startBulkIssue(input: $i) {\n            id\n            total\n          }\n        }\n      ": typeof types.LifecycleStartBulkIssueDocument,
    "\n        mutation StartBulkIssue($i: BulkIssueInput!) {\n          startBulkIssue(input: $i) {\n            id\n          }\n        }\n      ": typeof types.StartBulkIssueDocument,
    "\n  query MetricsE2eMetrics($s: MetricsScope!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: $s, from: $from, to: $to) {\n      timeZone\n      redemptionRate\n      couponOrderShare\n      allPaidOrders\n      totals {\n        issued\n        issuedRule\n        claimed\n        redeemed\n        subsidy\n        paidOrders\n        couponOrders\n        revenue\n        margin\n        grossProfit\n        refunds\n        newCustomers\n        newCustomersViaCoupon\n      }\n      subsidyByFunder {\n        funder\n        funderId\n        amount\n      }\n      daily {\n        date\n        issued\n        paidOrders\n        revenue\n      }\n    }\n  }\n": typeof types.MetricsE2eMetricsDocument,
    "\n  query MetricsE2eExperiment($r: ID!, $w: Int, $seq: Boolean) {\n    experiment(ruleId: $r, windowSeconds: $w, sequential: $seq) {\n      exposedUsers\n      measuredUsers\n      recommendation\n      evidence\n      srm {\n        mismatch\n        p\n        observed\n      }\n      arms {\n        arm\n        control\n        users\n        conversion\n        revenuePerUser\n        netContributionPerUser\n        subsidy\n      }\n      lifts {\n        metric\n        arm\n        absolute {\n          estimate\n          low\n          high\n          p\n        }\n        relative {\n          estimate\n          low\n          high\n        }\n        cuped {\n          estimate\n          low\n          high\n          varianceReduction\n        }\n        sequential {\n          low\n          high\n        }\n      }\n      incrementalProfit {\n        estimate\n        low\n        high\n        treatedUsers\n      }\n    }\n  }\n": typeof types.MetricsE2eExperimentDocument,
    "\n  mutation MetricsE2eLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n      applied {\n        totalDiscount\n        payable\n      }\n    }\n  }\n": typeof types.MetricsE2eLockDocument,
    "\n  mutation MetricsE2eRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n    }\n  }\n": typeof types.MetricsE2eRedeemDocument,
    "\n  mutation MetricsE2eRebuild {\n    rebuildMetrics {\n      couponEvents\n      orders\n    }\n  }\n": typeof types.MetricsE2eRebuildDocument,
    "\n  mutation MetricsE2eSolidify($r: ID!, $h: Float!) {\n    solidifyRule(ruleId: $r, holdoutPercent: $h)\n  }\n": typeof types.MetricsE2eSolidifyDocument,
    "\n        mutation MetricsE2eCampaign {\n          createCampaign(input: { name: \"thresholds\", budget: 2000 }) {\n            id\n          }\n        }\n      ": typeof types.MetricsE2eCampaignDocument,
    "\n        mutation MetricsE2eAudience {\n          createAudience(input: { name: \"forecast\", kind: STATIC }) {\n            id\n          }\n        }\n      ": typeof types.MetricsE2eAudienceDocument,
    "\n        mutation MetricsE2eUpload($a: ID!, $csv: String!) {\n          uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {\n            added\n          }\n        }\n      ": typeof types.MetricsE2eUploadDocument,
    "\n      query MetricsE2eForecast($t: ID!, $a: ID!, $m: ForecastMode) {\n        forecastIssue(templateId: $t, audienceId: $a, mode: $m) {\n          figures {\n            name\n            value\n            low\n            high\n            source\n          }\n          cost {\n            value\n            low\n            high\n          }\n        }\n      }\n    ": typeof types.MetricsE2eForecastDocument,
    "\n      query MetricsE2eForecastRule($g: JSON!, $from: DateTime!, $to: DateTime!) {\n        forecastRule(graph: $g, from: $from, to: $to) {\n          events\n          firings\n          users\n          truncated\n          liability\n          worstCaseCost\n          cost {\n            value\n            low\n            high\n          }\n          templates {\n            templateId\n            coupons\n            users\n            liability\n            worstCaseCost\n            figures {\n              name\n              value\n              low\n              high\n              source\n            }\n            cost {\n              value\n              low\n              high\n            }\n          }\n        }\n      }\n    ": typeof types.MetricsE2eForecastRuleDocument,
    "\n      query MetricsE2eReplay($g: JSON!, $from: DateTime!, $to: DateTime!) {\n        replayRule(graph: $g, from: $from, to: $to) {\n          events\n          firings\n          expectedCost\n          worstCaseCost\n          issues {\n            templateId\n            count\n            users\n            expectedCost\n          }\n        }\n      }\n    ": typeof types.MetricsE2eReplayDocument,
    "\n      query MetricsE2eLtv($g: LtvGroupBy!, $r: ID) {\n        ltv(groupBy: $g, ruleId: $r, periods: 2) {\n          customers\n          note\n          groups {\n            key\n            customers\n            historical {\n              period\n              revenuePerUser\n              profitPerUser\n            }\n            expected {\n              value\n            }\n          }\n        }\n      }\n    ": typeof types.MetricsE2eLtvDocument,
    "\n  mutation PagingListsIssue($i: IssueCouponInput!) {\n    issueCoupons(input: $i) {\n      coupon {\n        id\n      }\n      reason\n    }\n  }\n": typeof types.PagingListsIssueDocument,
    "\n  query PagingListsEventLog($u: ID!, $first: Int!, $after: String, $last: Int, $before: String) {\n    couponEventLogConnection(\n      userId: $u\n      eventTypes: [\"coupon.issued\"]\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          couponId\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n": typeof types.PagingListsEventLogDocument,
    "\n      query PagingListsRules($first: Int!, $after: String, $last: Int, $before: String) {\n        rulesConnection(status: DRAFT, first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              name\n            }\n          }\n          nodes {\n            id\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    ": typeof types.PagingListsRulesDocument,
    "\n      query PagingListsVersions($r: ID!, $first: Int!, $after: String, $last: Int, $before: String) {\n        ruleVersionsConnection(ruleId: $r, first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              version\n              ruleId\n            }\n          }\n          nodes {\n            id\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    ": typeof types.PagingListsVersionsDocument,
    "\n      query PagingListsNode($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n          ... on RuleVersion {\n            version\n            ruleId\n          }\n          ... on Rule {\n            name\n          }\n          ... on Audience {\n            name\n          }\n          ... on EventType {\n            name\n          }\n          ... on UserProfile {\n            userId\n            attributes\n          }\n        }\n      }\n    ": typeof types.PagingListsNodeDocument,
    "\n      query PagingListsFirings($r: ID!, $first: Int!, $after: String, $last: Int, $before: String) {\n        ruleFiringsConnection(ruleId: $r, first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges {\n            cursor\n            node {\n              eventId\n              firedAt\n            }\n          }\n          nodes {\n            eventId\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    ": typeof types.PagingListsFiringsDocument,
    "\n      mutation PagingListsCreateAudience($name: String!) {\n        createAudience(input: { name: $name, kind: STATIC }) {\n          id\n        }\n      }\n    ": typeof types.PagingListsCreateAudienceDocument,
    "\n      query PagingListsAudiences($first: Int!, $after: String, $last: Int, $before: String) {\n        audiencesConnection(\n          search: \"paged audience\"\n          first: $first\n          after: $after\n          last: $last\n          before: $before\n        ) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          nodes {\n            id\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    ": typeof types.PagingListsAudiencesDocument,
    "\n      query PagingListsNodeMore($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n          ... on Audience {\n            name\n          }\n          ... on EventType {\n            name\n          }\n          ... on UserProfile {\n            userId\n            attributes\n          }\n        }\n      }\n    ": typeof types.PagingListsNodeMoreDocument,
    "\n      mutation PagingListsUpsertProfile($u: ID!, $a: JSON!) {\n        upsertUserAttributes(userId: $u, attributes: $a) {\n          id\n          userId\n        }\n      }\n    ": typeof types.PagingListsUpsertProfileDocument,
    "\n      query PagingListsQuote($c: CartInput!) {\n        quote(cart: $c) {\n          best {\n            coupons {\n              id\n              couponId\n              discount\n            }\n          }\n        }\n      }\n    ": typeof types.PagingListsQuoteDocument,
    "\n  mutation PagingIssue($i: IssueCouponInput!) {\n    issueCoupons(input: $i) {\n      userId\n      coupon {\n        id\n      }\n      reason\n    }\n  }\n": typeof types.PagingIssueDocument,
    "\n  query PagingWalletPage($u: ID!, $first: Int!, $after: String) {\n    walletConnection(userId: $u, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          validUntil\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n": typeof types.PagingWalletPageDocument,
    "\n  query PagingWalletList($u: ID!, $first: Int!) {\n    wallet(userId: $u, first: $first) {\n      id\n      validUntil\n    }\n  }\n": typeof types.PagingWalletListDocument,
    "\n      query PagingApolloWallet($u: ID!, $first: Int!, $after: String) {\n        walletConnection(userId: $u, first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              code\n              status\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    ": typeof types.PagingApolloWalletDocument,
    "\n      query PagingApiKeys($first: Int!, $after: String) {\n        apiKeysConnection(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    ": typeof types.PagingApiKeysDocument,
    "\n      query PagingCampaigns($after: String) {\n        campaigns(first: 1, after: $after) {\n          totalCount\n          nodes {\n            id\n          }\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    ": typeof types.PagingCampaignsDocument,
    "\n      mutation PagingCreateCampaign($name: String!) {\n        createCampaign(input: { name: $name, budget: 100000 }) {\n          id\n        }\n      }\n    ": typeof types.PagingCreateCampaignDocument,
    "\n      query PagingNode($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n          ... on Coupon {\n            userId\n          }\n        }\n      }\n    ": typeof types.PagingNodeDocument,
    "\n        query PartnersClusterCouponEventLog($a: SafeInt) {\n          couponEventLog(afterId: $a, first: 100) {\n            id\n          }\n        }\n      ": typeof types.PartnersClusterCouponEventLogDocument,
    "\n        mutation PartnersClusterCreateWebhookEndpoint2($i: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $i) {\n            secret\n            endpoint {\n              id\n            }\n          }\n        }\n      ": typeof types.PartnersClusterCreateWebhookEndpoint2Document,
    "\n          query PartnersClusterWebhookAttempts($e: ID!) {\n            webhookAttempts(endpointId: $e, first: 1) {\n              totalCount\n            }\n            webhookDeliveries(endpointId: $e, status: SUCCEEDED, first: 1) {\n              totalCount\n            }\n          }\n        ": typeof types.PartnersClusterWebhookAttemptsDocument,
    "\n          query WebhookAttempts($e: ID!, $after: String) {\n            webhookAttempts(endpointId: $e, first: 100, after: $after) {\n              nodes {\n                instance\n              }\n              pageInfo {\n                endCursor\n                hasNextPage\n              }\n            }\n          }\n        ": typeof types.WebhookAttemptsDocument,
    "\n        mutation PartnersClusterCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $i) {\n            secret\n          }\n        }\n      ": typeof types.PartnersClusterCreateWebhookEndpointDocument,
    "\n  mutation PartnersErrorsCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $i) {\n      secret\n      endpoint {\n        id\n        url\n        enabled\n      }\n    }\n  }\n": typeof types.PartnersErrorsCreateWebhookEndpointDocument,
    "\n        mutation ReplayWebhookDelivery {\n          replayWebhookDelivery(id: \"abc\") {\n            id\n          }\n        }\n      ": typeof types.ReplayWebhookDeliveryDocument,
    "\n        query PartnersErrorsWebhookEndpoint2 {\n          webhookEndpoint(id: \"whe_nope\") {\n            id\n          }\n        }\n      ": typeof types.PartnersErrorsWebhookEndpoint2Document,
    "\n        mutation PartnersErrorsCreateStaffUser {\n          createStaffUser(\n            input: { email: \"analyst@test.local\", role: analyst, password: \"analyst-password-1\" }\n          ) {\n            id\n          }\n        }\n      ": typeof types.PartnersErrorsCreateStaffUserDocument,
    "\n          mutation PartnersErrorsLogin {\n            login(email: \"analyst@test.local\", password: \"analyst-password-1\") {\n              token\n            }\n          }\n        ": typeof types.PartnersErrorsLoginDocument,
    "\n            query PartnersErrorsWebhookEndpoints {\n              webhookEndpoints(first: 5) {\n                totalCount\n              }\n            }\n          ": typeof types.PartnersErrorsWebhookEndpointsDocument,
    "\n        query WebhookEndpoints {\n          webhookEndpoints(first: 100) {\n            nodes {\n              id\n              ownerKeyId\n            }\n          }\n        }\n      ": typeof types.WebhookEndpointsDocument,
    "\n        query PartnersErrorsWebhookEndpoint($id: ID!) {\n          webhookEndpoint(id: $id) {\n            id\n          }\n        }\n      ": typeof types.PartnersErrorsWebhookEndpointDocument,
    "\n        query WebhookEndpoint($id: ID!) {\n          webhookEndpoint(id: $id) {\n            id\n          }\n        }\n      ": typeof types.WebhookEndpointDocument,
    "\n        query PartnersErrorsCouponEventLog($t: ID) {\n          couponEventLog(templateId: $t) {\n            id\n          }\n        }\n      ": typeof types.PartnersErrorsCouponEventLogDocument,
    "\n      mutation PartnersSubscriptionsLockCoupons($i: LockInput!) {\n        lockCoupons(input: $i) {\n          locked\n        }\n      }\n    ": typeof types.PartnersSubscriptionsLockCouponsDocument,
    "\n        query PartnersSubscriptionsCouponEventLog2($a: SafeInt) {\n          couponEventLog(afterId: $a, first: 100) {\n            id\n          }\n        }\n      ": typeof types.PartnersSubscriptionsCouponEventLog2Document,
    "\n        query PartnersSubscriptionsCouponEventLog($a: SafeInt) {\n          couponEventLog(afterId: $a, first: 100) {\n            id\n            type\n            templateId\n            merchantId\n            couponId\n          }\n        }\n      ": typeof types.PartnersSubscriptionsCouponEventLogDocument,
    "\n              mutation PartnersSubscriptionsRedeemOrder($o: ID!) {\n                redeemOrder(orderId: $o) {\n                  ok\n                }\n              }\n            ": typeof types.PartnersSubscriptionsRedeemOrderDocument,
    "\n              mutation ReleaseOrder($o: ID!) {\n                releaseOrder(orderId: $o) {\n                  status\n                }\n              }\n            ": typeof types.ReleaseOrderDocument,
    "\n        mutation PartnersSubscriptionsCreateApiKey {\n          createApiKey(input: { name: \"to revoke\", scopes: [EVENTS_READ], merchantIds: [\"m-a\"] }) {\n            key\n            apiKey {\n              id\n            }\n          }\n        }\n      ": typeof types.PartnersSubscriptionsCreateApiKeyDocument,
    "\n        mutation RevokeApiKey($id: ID!) {\n          revokeApiKey(id: $id) {\n            revokedAt\n          }\n        }\n      ": typeof types.RevokeApiKeyDocument,
    "\n  mutation PartnersWebhooksCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $i) {\n      secret\n      endpoint {\n        id\n        url\n        enabled\n        maxConcurrency\n      }\n    }\n  }\n": typeof types.PartnersWebhooksCreateWebhookEndpointDocument,
    "\n      mutation PartnersWebhooksLockCoupons($i: LockInput!) {\n        lockCoupons(input: $i) {\n          locked\n        }\n      }\n    ": typeof types.PartnersWebhooksLockCouponsDocument,
    "\n      mutation PartnersWebhooksRedeemOrder($o: ID!) {\n        redeemOrder(orderId: $o) {\n          ok\n        }\n      }\n    ": typeof types.PartnersWebhooksRedeemOrderDocument,
    "\n        query PartnersWebhooksCouponEventLog2($a: SafeInt, $t: ID) {\n          couponEventLog(afterId: $a, templateId: $t, first: 100) {\n            id\n            type\n            couponId\n            templateId\n          }\n        }\n      ": typeof types.PartnersWebhooksCouponEventLog2Document,
    "\n          query PartnersWebhooksCouponEventLog($a: SafeInt) {\n            couponEventLog(afterId: $a, first: 100) {\n              id\n              type\n              payload\n            }\n          }\n        ": typeof types.PartnersWebhooksCouponEventLogDocument,
    "\n        mutation PartnersWebhooksRotateWebhookSecret($id: ID!) {\n          rotateWebhookSecret(id: $id, overlapSeconds: 3600) {\n            secret\n            previousSecretExpiresAt\n          }\n        }\n      ": typeof types.PartnersWebhooksRotateWebhookSecretDocument,
    "\n          mutation RotateWebhookSecret($id: ID!) {\n            rotateWebhookSecret(id: $id, overlapSeconds: 0) {\n              secret\n            }\n          }\n        ": typeof types.RotateWebhookSecretDocument,
    "\n      query PartnersWebhooksWebhookEndpoint2($id: ID!) {\n        webhookEndpoint(id: $id) {\n          enabled\n          disabledReason\n          disabledAt\n        }\n      }\n    ": typeof types.PartnersWebhooksWebhookEndpoint2Document,
    "\n        mutation PartnersWebhooksUpdateWebhookEndpoint($id: ID!) {\n          updateWebhookEndpoint(id: $id, input: { enabled: true }) {\n            enabled\n          }\n        }\n      ": typeof types.PartnersWebhooksUpdateWebhookEndpointDocument,
    "\n      query WebhookDeliveries($e: ID!, $s: WebhookDeliveryStatus) {\n        webhookDeliveries(endpointId: $e, status: $s, first: 100) {\n          totalCount\n          nodes {\n            id\n            eventId\n            status\n            attempts\n            webhookId\n            lastStatusCode\n            lastError\n            replayOf\n          }\n        }\n      }\n    ": typeof types.WebhookDeliveriesDocument,
    "\n        query PartnersWebhooksWebhookAttempts3($e: ID!, $d: ID) {\n          webhookAttempts(endpointId: $e, deliveryId: $d, first: 100) {\n            totalCount\n            nodes {\n              attempt\n              outcome\n              statusCode\n              durationMs\n              responseExcerpt\n            }\n          }\n        }\n      ": typeof types.PartnersWebhooksWebhookAttempts3Document,
    "\n        mutation PartnersWebhooksReplayWebhookDelivery($id: ID!) {\n          replayWebhookDelivery(id: $id) {\n            id\n            status\n            webhookId\n            replayOf\n          }\n        }\n      ": typeof types.PartnersWebhooksReplayWebhookDeliveryDocument,
    "\n        mutation ReplayWebhookDeliveries($i: ReplayWebhookDeliveriesInput!) {\n          replayWebhookDeliveries(input: $i) {\n            queued\n          }\n        }\n      ": typeof types.ReplayWebhookDeliveriesDocument,
    "\n        query PartnersWebhooksWebhookAttempts2($e: ID!) {\n          webhookAttempts(endpointId: $e, first: 5) {\n            nodes {\n              outcome\n              durationMs\n              error\n            }\n          }\n        }\n      ": typeof types.PartnersWebhooksWebhookAttempts2Document,
    "\n        query PartnersWebhooksWebhookAttempts($e: ID!) {\n          webhookAttempts(endpointId: $e, first: 1) {\n            nodes {\n              outcome\n              statusCode\n              error\n            }\n          }\n        }\n      ": typeof types.PartnersWebhooksWebhookAttemptsDocument,
    "\n        mutation DeleteWebhookEndpoint($id: ID!) {\n          deleteWebhookEndpoint(id: $id)\n        }\n      ": typeof types.DeleteWebhookEndpointDocument,
    "\n        query PartnersWebhooksWebhookEndpoints {\n          webhookEndpoints(first: 10) {\n            totalCount\n          }\n        }\n      ": typeof types.PartnersWebhooksWebhookEndpointsDocument,
    "\n        query PartnersWebhooksPull($after: SafeInt, $types: [String!]) {\n          couponEventLog(afterId: $after, eventTypes: $types, first: 100) {\n            id\n            eventType\n            merchantId\n            data {\n              __typename\n              eventId\n              couponId\n              ... on CouponIssuedData {\n                code\n                validUntil\n              }\n              ... on CouponRedeemedData {\n                orderId\n                discount\n              }\n            }\n          }\n        }\n      ": typeof types.PartnersWebhooksPullDocument,
    "\n        query PartnersWebhooksPullBad {\n          couponEventLog(eventTypes: [\"coupon.exploded\"]) {\n            id\n          }\n        }\n      ": typeof types.PartnersWebhooksPullBadDocument,
    "\n      mutation PartnersWebhooksSendTest($id: ID!, $type: String!) {\n        sendTestWebhookEvent(endpointId: $id, eventType: $type) {\n          webhookId\n          eventType\n          outcome\n          statusCode\n          body\n        }\n      }\n    ": typeof types.PartnersWebhooksSendTestDocument,
    "\n      query PartnersWebhooksWebhookEndpoint($id: ID!) {\n        webhookEndpoint(id: $id) {\n          enabled\n          disabledReason\n          failingSince\n        }\n      }\n    ": typeof types.PartnersWebhooksWebhookEndpointDocument,
    "\n  query PartitionsEventLog($c: ID) {\n    couponEventLog(afterId: 0, couponId: $c, first: 10) {\n      id\n    }\n  }\n": typeof types.PartitionsEventLogDocument,
    "\n  query PartitionsCoupon($id: ID!) {\n    coupon(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PartitionsCouponDocument,
    "\n  mutation RetentionCreateEndpoint($i: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $i) {\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.RetentionCreateEndpointDocument,
    "\n  query RetentionCoupon($id: ID!) {\n    coupon(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RetentionCouponDocument,
    "\n  query RetentionEventLog($a: SafeInt, $c: ID) {\n    couponEventLog(afterId: $a, couponId: $c, first: 100) {\n      id\n      type\n      couponId\n    }\n  }\n": typeof types.RetentionEventLogDocument,
    "\n  query RetentionMetrics($s: MetricsScope!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: $s, from: $from, to: $to) {\n      allPaidOrders\n      totals {\n        issued\n        claimed\n        paidOrders\n        couponOrders\n        revenue\n        margin\n        newCustomers\n      }\n      daily {\n        date\n        issued\n        paidOrders\n        revenue\n      }\n    }\n  }\n": typeof types.RetentionMetricsDocument,
    "\n  query RetentionLtv {\n    ltv(groupBy: COHORT) {\n      customers\n      groups {\n        key\n        customers\n      }\n    }\n  }\n": typeof types.RetentionLtvDocument,
    "\n  query RetentionExperiment($r: ID!, $w: Int) {\n    experiment(ruleId: $r, windowSeconds: $w) {\n      exposedUsers\n      measuredUsers\n      arms {\n        arm\n        users\n        conversion\n        revenuePerUser\n      }\n    }\n  }\n": typeof types.RetentionExperimentDocument,
    "\n  mutation RetentionRebuild {\n    rebuildMetrics {\n      couponEvents\n      orders\n    }\n  }\n": typeof types.RetentionRebuildDocument,
    "\n      mutation RulesBadInputPublishRule2($id: ID!) {\n        publishRule(id: $id) {\n          rule {\n            id\n          }\n        }\n      }\n    ": typeof types.RulesBadInputPublishRule2Document,
    "\n      query RuleVersions($id: ID!) {\n        ruleVersions(ruleId: $id) {\n          version\n        }\n      }\n    ": typeof types.RuleVersionsDocument,
    "\n        query RulesBadInputValidateRuleGraph($g: JSON!) {\n          validateRuleGraph(graph: $g) {\n            valid\n            issues {\n              code\n              nodeIds\n            }\n          }\n        }\n      ": typeof types.RulesBadInputValidateRuleGraphDocument,
    "\n        mutation RulesBadInputCreateRule($i: CreateRuleInput!) {\n          createRule(input: $i) {\n            id\n          }\n        }\n      ": typeof types.RulesBadInputCreateRuleDocument,
    "\n        query ValidateRuleGraph($g: JSON!) {\n          validateRuleGraph(graph: $g) {\n            valid\n            issues {\n              code\n              nodeIds\n              edgeIds\n            }\n          }\n        }\n      ": typeof types.ValidateRuleGraphDocument,
    "\n        query CheckRule($id: ID!) {\n          checkRule(id: $id) {\n            valid\n            worstCaseSubsidyPerEvent\n            checks {\n              code\n            }\n          }\n        }\n      ": typeof types.CheckRuleDocument,
    "\n        mutation RulesBadInputPublishRule($id: ID!) {\n          publishRule(id: $id) {\n            rule {\n              id\n            }\n          }\n        }\n      ": typeof types.RulesBadInputPublishRuleDocument,
    "\n  query RulesBuilderNodeUsers($r: ID!, $f: DateTime!, $t: DateTime!, $v: Int) {\n    ruleNodeUsers(ruleId: $r, from: $f, to: $t, version: $v) {\n      version\n      from\n      to\n      relativeError\n      registers\n      nodes {\n        nodeId\n        users\n      }\n      ports {\n        nodeId\n        port\n        users\n      }\n    }\n  }\n": typeof types.RulesBuilderNodeUsersDocument,
    "\n  query RulesBuilderRuleVersions($id: ID!) {\n    ruleVersions(ruleId: $id) {\n      version\n      note\n    }\n  }\n": typeof types.RulesBuilderRuleVersionsDocument,
    "\n        mutation RulesBuilderPublishRule($id: ID!, $n: String) {\n          publishRule(id: $id, note: $n) {\n            rule {\n              activeVersion\n            }\n          }\n        }\n      ": typeof types.RulesBuilderPublishRuleDocument,
    "\n        query RulesBuilderRules {\n          rules {\n            id\n            trigger\n            lastFiredAt\n            actionsToday\n          }\n        }\n      ": typeof types.RulesBuilderRulesDocument,
    "\n        query RulesBuilderRuleFirings($id: ID!) {\n          ruleFirings(ruleId: $id, first: 500) {\n            acted\n            control\n            results\n          }\n        }\n      ": typeof types.RulesBuilderRuleFiringsDocument,
    "\n        query RulesBuilderRuleExposures($id: ID!) {\n          ruleExposures(ruleId: $id) {\n            arm\n            control\n            users\n          }\n        }\n      ": typeof types.RulesBuilderRuleExposuresDocument,
    "\n        mutation RulesBuilderDuplicateRule($id: ID!) {\n          duplicateRule(id: $id) {\n            id\n            name\n            status\n            draft\n            activeVersion\n          }\n        }\n      ": typeof types.RulesBuilderDuplicateRuleDocument,
    "\n        query RulesBuilderEventTypes {\n          eventTypes {\n            name\n            properties {\n              name\n              type\n            }\n          }\n        }\n      ": typeof types.RulesBuilderEventTypesDocument,
    "\n        mutation RulesBuilderCreateAudiences {\n          a: createAudience(input: { name: \"50%_vip\", kind: STATIC }) {\n            id\n          }\n          b: createAudience(input: { name: \"500 vip\", kind: STATIC }) {\n            id\n          }\n        }\n      ": typeof types.RulesBuilderCreateAudiencesDocument,
    "\n        query RulesBuilderAudiences {\n          audiences(search: \"0%_\") {\n            name\n          }\n        }\n      ": typeof types.RulesBuilderAudiencesDocument,
    "\n        query RulesBuilderTemplates {\n          templates(filter: { search: \"funnel\" }) {\n            nodes {\n              name\n            }\n          }\n        }\n      ": typeof types.RulesBuilderTemplatesDocument,
    "\n        mutation RulesBuilderUpsertUserAttributes {\n          upsertUserAttributes(userId: \"attr-1\", attributes: { a_b: 1, axb: 2, plan: \"x\" }) {\n            userId\n          }\n        }\n      ": typeof types.RulesBuilderUpsertUserAttributesDocument,
    "\n            query RulesBuilderUserAttributeKeys($s: String, $f: Int!) {\n              userAttributeKeys(search: $s, first: $f)\n            }\n          ": typeof types.RulesBuilderUserAttributeKeysDocument,
    "\n        mutation PauseRule($id: ID!) {\n          pauseRule(id: $id) {\n            status\n          }\n        }\n      ": typeof types.PauseRuleDocument,
    "\n        mutation ResumeRule($id: ID!) {\n          resumeRule(id: $id) {\n            status\n          }\n        }\n      ": typeof types.ResumeRuleDocument,
    "\n        mutation RollbackRule($id: ID!) {\n          rollbackRule(id: $id, version: 1) {\n            activeVersion\n          }\n        }\n      ": typeof types.RollbackRuleDocument,
    "\n        query RuleNodeCounts($r: ID!) {\n          ruleNodeCounts(ruleId: $r, version: 1) {\n            nodeId\n            ran\n            passed\n          }\n        }\n      ": typeof types.RuleNodeCountsDocument,
    "\n        query RuleFirings($r: ID, $u: ID) {\n          ruleFirings(ruleId: $r, userId: $u) {\n            eventId\n            acted\n            results\n            trace\n          }\n        }\n      ": typeof types.RuleFiringsDocument,
    "\n        mutation RulesEnginePauseRule($id: ID!) {\n          pauseRule(id: $id) {\n            status\n          }\n        }\n      ": typeof types.RulesEnginePauseRuleDocument,
    "\n        mutation RulesEngineResumeRule($id: ID!) {\n          resumeRule(id: $id) {\n            status\n          }\n        }\n      ": typeof types.RulesEngineResumeRuleDocument,
    "\n        mutation RulesEngineRollbackRule($id: ID!) {\n          rollbackRule(id: $id, version: 1) {\n            activeVersion\n            latestVersion\n            status\n          }\n        }\n      ": typeof types.RulesEngineRollbackRuleDocument,
    "\n        query RulesEngineRuleVersions($id: ID!) {\n          ruleVersions(ruleId: $id) {\n            version\n            graph\n          }\n        }\n      ": typeof types.RulesEngineRuleVersionsDocument,
    "\n      query Rule($id: ID!) {\n        rule(id: $id) {\n          activeVersion\n          latestVersion\n          validation {\n            valid\n          }\n        }\n      }\n    ": typeof types.RuleDocument,
    "\n        mutation RulesEnginePublishRule($id: ID!) {\n          publishRule(id: $id) {\n            rule {\n              id\n            }\n          }\n        }\n      ": typeof types.RulesEnginePublishRuleDocument,
    "\n  query RulesSimulateSimulateRule($g: JSON!, $f: JSON!, $s: Boolean) {\n    simulateRule(graph: $g, facts: $f, storedFacts: $s) {\n      actions\n      splitArm\n      trace\n    }\n  }\n": typeof types.RulesSimulateSimulateRuleDocument,
    "\n        query ReplayRule($g: JSON!, $from: DateTime!, $to: DateTime!) {\n          replayRule(graph: $g, from: $from, to: $to) {\n            events\n            firings\n            users\n            worstCaseCost\n            expectedCost\n            issues {\n              templateId\n              count\n              users\n              maxValue\n              worstCaseCost\n              expectedCost\n            }\n          }\n        }\n      ": typeof types.ReplayRuleDocument,
    "\n        query BlockCatalogue {\n          blockCatalogue {\n            code\n            category\n            argsSchema\n            ui\n          }\n        }\n      ": typeof types.BlockCatalogueDocument,
    "\n          mutation RulesSimulateCreateRule($i: CreateRuleInput!) {\n            createRule(input: $i) {\n              id\n              status\n            }\n          }\n        ": typeof types.RulesSimulateCreateRuleDocument,
    "\n        query RulesSimulateRules {\n          rules(status: DRAFT) {\n            id\n            status\n            mode\n          }\n        }\n      ": typeof types.RulesSimulateRulesDocument,
    "\n        query Rules {\n          rules(status: ACTIVE) {\n            id\n          }\n        }\n      ": typeof types.RulesDocument,
    "\n        query RulesSplitRuleExposures($r: ID!) {\n          ruleExposures(ruleId: $r) {\n            arm\n            control\n            users\n          }\n        }\n      ": typeof types.RulesSplitRuleExposuresDocument,
    "\n        query RuleExposures($r: ID!) {\n          ruleExposures(ruleId: $r) {\n            users\n          }\n        }\n      ": typeof types.RuleExposuresDocument,
    "\n  mutation RulesSupportTrack($e: [TrackEventInput!]!) {\n    track(events: $e) {\n      accepted\n      duplicates\n      rejected\n      firings\n      issued\n      errors {\n        index\n        eventId\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RulesSupportTrackDocument,
    "\n      mutation RulesSupportCreateRule($i: CreateRuleInput!) {\n        createRule(input: $i) {\n          id\n        }\n      }\n    ": typeof types.RulesSupportCreateRuleDocument,
    "\n      mutation RulesSupportPublishRule($id: ID!) {\n        publishRule(id: $id) {\n          rule {\n            activeVersion\n            status\n          }\n        }\n      }\n    ": typeof types.RulesSupportPublishRuleDocument,
    "\n      mutation UpdateRule($id: ID!, $g: JSON) {\n        updateRule(id: $id, input: { graph: $g }) {\n          id\n        }\n      }\n    ": typeof types.UpdateRuleDocument,
    "\n  mutation ShareCreate($i: CreateShareInput!) {\n    createShare(input: $i) {\n      id\n      code\n      size\n      claimed\n      remaining\n      rewardState\n      description\n      replayed\n    }\n  }\n": typeof types.ShareCreateDocument,
    "\n  mutation ShareClaim($i: ClaimShareInput!) {\n    claimShare(input: $i) {\n      __typename\n      ... on ShareClaimSuccess {\n        coupon {\n          id\n          templateId\n          userId\n        }\n        newUser\n        replayed\n        share {\n          claimed\n          remaining\n          rewardState\n        }\n      }\n      ... on ShareClaimRefused {\n        reason\n        share {\n          claimed\n        }\n      }\n    }\n  }\n": typeof types.ShareClaimDocument,
    "\n  query ShareProgress($id: ID) {\n    share(id: $id) {\n      id\n      size\n      claimed\n      remaining\n      expired\n      rewardState\n      rewardCouponId\n      description\n    }\n  }\n": typeof types.ShareProgressDocument,
    "\n  query ShareWallet($u: ID!) {\n    wallet(userId: $u) {\n      id\n      templateId\n      status\n    }\n  }\n": typeof types.ShareWalletDocument,
    "\n  query ShareText($u: ID!) {\n    wallet(userId: $u) {\n      template {\n        summary\n      }\n    }\n  }\n": typeof types.ShareTextDocument,
    "\n  query ShareEvents($t: ID!) {\n    couponEventLog(templateId: $t, first: 100) {\n      type\n      userId\n      payload\n    }\n  }\n": typeof types.ShareEventsDocument,
    "\n  query ShareList($u: ID!) {\n    shares(userId: $u) {\n      id\n    }\n  }\n": typeof types.ShareListDocument,
    "\n  query ShareMetrics($from: DateTime!, $to: DateTime!, $t: ID) {\n    sharingMetrics(from: $from, to: $to, templateId: $t) {\n      shares\n      claims\n      newUsers\n      newCustomers\n      orders\n      revenue\n    }\n  }\n": typeof types.ShareMetricsDocument,
    "\n  query ShareViaSharing($from: DateTime!, $to: DateTime!, $t: ID!) {\n    metrics(scope: { kind: TEMPLATE, id: $t }, from: $from, to: $to) {\n      viaSharing {\n        claims\n        newCustomers\n        orders\n      }\n    }\n  }\n": typeof types.ShareViaSharingDocument,
    "\n  mutation ShareLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n    }\n  }\n": typeof types.ShareLockDocument,
    "\n  mutation ShareRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n    }\n  }\n": typeof types.ShareRedeemDocument,
    "\n        mutation ShareBadTemplate($i: CreateTemplateInput!) {\n          createTemplate(input: $i) {\n            id\n          }\n        }\n      ": typeof types.ShareBadTemplateDocument,
    "\n  query LookupTrackedEvents($type: String, $userId: ID, $first: Int! = 20) {\n    trackedEvents(type: $type, userId: $userId, first: $first) {\n      id\n      type\n      userId\n      properties\n    }\n  }\n": typeof types.LookupTrackedEventsDocument,
    "\n        query LookupBehaviour($userId: ID!) {\n          userBehaviour(userId: $userId, days: 30) {\n            days\n            counts {\n              eventType\n              total\n              recent\n            }\n            sums {\n              eventType\n              property\n              total\n              recent\n            }\n          }\n        }\n      ": typeof types.LookupBehaviourDocument,
    "\n        query LookupBadDays {\n          userBehaviour(userId: \"x\", days: 0) {\n            days\n          }\n        }\n      ": typeof types.LookupBadDaysDocument,
    "\n        mutation LookupCreateAudience($i: CreateAudienceInput!) {\n          createAudience(input: $i) {\n            id\n          }\n        }\n      ": typeof types.LookupCreateAudienceDocument,
    "\n        mutation LookupUpload($id: ID!, $csv: String!) {\n          uploadAudienceMembers(audienceId: $id, csv: $csv) {\n            added\n          }\n        }\n      ": typeof types.LookupUploadDocument,
    "\n      query LookupUserAudiences($userId: ID!) {\n        userAudiences(userId: $userId) {\n          id\n          name\n        }\n      }\n    ": typeof types.LookupUserAudiencesDocument,
    "\n        query LookupUserLog($userId: ID) {\n          couponEventLog(userId: $userId) {\n            type\n            couponId\n            userId\n          }\n        }\n      ": typeof types.LookupUserLogDocument,
    "\n        mutation LookupCreateStaff($i: CreateStaffInput!) {\n          createStaffUser(input: $i) {\n            id\n          }\n        }\n      ": typeof types.LookupCreateStaffDocument,
    "\n      query LookupStaff {\n        staffUsers {\n          email\n          role\n          disabled\n        }\n      }\n    ": typeof types.LookupStaffDocument,
    "\n              query SimulateRule($g: JSON!, $f: JSON!) {\n                simulateRule(graph: $g, facts: $f, storedFacts: true) {\n                  trace\n                }\n              }\n            ": typeof types.SimulateRuleDocument,
    "\n  mutation DefineEventType($i: DefineEventTypeInput!) {\n    defineEventType(input: $i) {\n      name\n      builtin\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n": typeof types.DefineEventTypeDocument,
    "\n        query EventTypes {\n          eventTypes {\n            name\n            builtin\n          }\n        }\n      ": typeof types.EventTypesDocument,
    "\n        mutation UpsertUserAttributes {\n          upsertUserAttributes(userId: \"attr-1\", attributes: { tier: \"VIP\", platform: \"ios\" }) {\n            userId\n          }\n        }\n      ": typeof types.UpsertUserAttributesDocument,
    "\n        query TrackingUserProfile {\n          userProfile(userId: \"attr-1\") {\n            attributes\n          }\n        }\n      ": typeof types.TrackingUserProfileDocument,
    "\n        query UserProfile {\n          userProfile(userId: \"attr-none\") {\n            attributes\n          }\n        }\n      ": typeof types.UserProfileDocument,
    "\n        mutation TrackingPauseRule($id: ID!) {\n          pauseRule(id: $id) {\n            id\n          }\n        }\n      ": typeof types.TrackingPauseRuleDocument,
    "\n      mutation ServerLogin($e: String!, $p: String!) {\n        login(email: $e, password: $p) {\n          token\n        }\n      }\n    ": typeof types.ServerLoginDocument,
    "\n      mutation ServerCreateApiKey($i: CreateApiKeyInput!) {\n        createApiKey(input: $i) {\n          key\n        }\n      }\n    ": typeof types.ServerCreateApiKeyDocument,
    "\n      mutation ServerCreateTemplate($i: CreateTemplateInput!) {\n        createTemplate(input: $i) {\n          id\n          campaignId\n        }\n      }\n    ": typeof types.ServerCreateTemplateDocument,
    "\n  mutation ClaimCoupon($i: ClaimInput!) {\n    claimCoupon(input: $i) {\n      __typename\n      ... on ClaimSuccess {\n        replayed\n        coupon {\n          id\n          code\n          status\n          userId\n          templateId\n          validFrom\n          validUntil\n          isNew\n        }\n      }\n      ... on ClaimRefused {\n        reason\n        message\n        replayed\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.ClaimCouponDocument,
    "\n  subscription CouponEvents($filter: CouponEventFilter, $afterId: SafeInt) {\n    couponEvents(filter: $filter, afterId: $afterId) {\n      id\n      type\n      couponId\n      templateId\n      campaignId\n      merchantId\n      userId\n      payload\n      createdAt\n    }\n  }\n": typeof types.CouponEventsDocument,
};
const documents: Documents = {
    "\n          mutation ConsoleBenchCreateRule($i: CreateRuleInput!) {\n            createRule(input: $i) {\n              id\n            }\n          }\n        ": types.ConsoleBenchCreateRuleDocument,
    "\n  mutation Track($e: [TrackEventInput!]!) {\n    track(events: $e) {\n      accepted\n      rejected\n      issued\n    }\n  }\n": types.TrackDocument,
    "\n          mutation CreateRule($i: CreateRuleInput!) {\n            createRule(input: $i) {\n              id\n            }\n          }\n        ": types.CreateRuleDocument,
    "\n          mutation PublishRule($id: ID!) {\n            publishRule(id: $id) {\n              rule {\n                id\n              }\n            }\n          }\n        ": types.PublishRuleDocument,
    "\n        mutation CreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $i) {\n            secret\n            endpoint {\n              id\n            }\n          }\n        }\n      ": types.CreateWebhookEndpointDocument,
    "\n        mutation UpdateWebhookEndpoint($id: ID!, $c: Int!) {\n          updateWebhookEndpoint(id: $id, input: { maxConcurrency: $c }) {\n            id\n          }\n        }\n      ": types.UpdateWebhookEndpointDocument,
    "\n          mutation ScaleCreateCampaign {\n            createCampaign(input: { name: \"scale budget\", budget: 200000 }) {\n              id\n            }\n          }\n        ": types.ScaleCreateCampaignDocument,
    "\n      query Template($id: ID!) {\n        template(id: $id) {\n          issuedCount\n          quotaAvailable\n          quotaTotal\n        }\n      }\n    ": types.TemplateDocument,
    "\n        mutation IssueCoupons($i: IssueCouponInput!) {\n          issueCoupons(input: $i) {\n            coupon {\n              id\n            }\n            reason\n          }\n        }\n      ": types.IssueCouponsDocument,
    "\n  query WorkloadsQuote($cart: CartInput!) {\n    quote(cart: $cart) {\n      subtotal\n      best {\n        couponIds\n        totalDiscount\n        payable\n        coupons {\n          couponId\n          stackGroup\n          discount\n          remainingBalance\n        }\n      }\n      items {\n        applicable\n        reason\n        shortBy\n        discount\n        inBest\n        coupon {\n          id\n          code\n          validUntil\n          template {\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.WorkloadsQuoteDocument,
    "\n        mutation BrowserAudiencesTrack($e: [TrackEventInput!]!) {\n          track(events: $e) {\n            accepted\n          }\n        }\n      ": types.BrowserAudiencesTrackDocument,
    "\n        query BrowserIssuingJob($id: ID!) {\n          bulkIssueJob(id: $id) {\n            total\n            issued\n            heldOut\n            skipped\n            failed\n            percent\n          }\n        }\n      ": types.BrowserIssuingJobDocument,
    "\n      query BrowserTemplateCount {\n        templates(first: 1) {\n          totalCount\n        }\n      }\n    ": types.BrowserTemplateCountDocument,
    "\n      mutation BrowserCreateCampaign($i: CreateCampaignInput!) {\n        createCampaign(input: $i) {\n          id\n        }\n      }\n    ": types.BrowserCreateCampaignDocument,
    "\n        query BrowserCampaign($id: ID!) {\n          campaign(id: $id) {\n            name\n            budget\n            status\n          }\n        }\n      ": types.BrowserCampaignDocument,
    "\n        query BrowserTemplateKinds {\n          templates(first: 50) {\n            nodes {\n              name\n              kind\n              status\n              quotaTotal\n            }\n          }\n        }\n      ": types.BrowserTemplateKindsDocument,
    "\n        query BrowserTemplateCodes($id: ID!) {\n          template(id: $id) {\n            status\n            codes {\n              unused\n            }\n          }\n        }\n      ": types.BrowserTemplateCodesDocument,
    "\n        query BrowserEditedTemplate($id: ID!) {\n          template(id: $id) {\n            name\n            quotaTotal\n            amount\n          }\n        }\n      ": types.BrowserEditedTemplateDocument,
    "\n        query BrowserTemplateTotal {\n          templates(first: 1) {\n            totalCount\n          }\n        }\n      ": types.BrowserTemplateTotalDocument,
    "\n        query BrowserEventTypes {\n          eventTypes {\n            name\n            builtin\n            properties {\n              name\n              type\n              required\n            }\n          }\n        }\n      ": types.BrowserEventTypesDocument,
    "\n      mutation RuleBuilderCreateApiKey($i: CreateApiKeyInput!) {\n        createApiKey(input: $i) {\n          key\n        }\n      }\n    ": types.RuleBuilderCreateApiKeyDocument,
    "\n      mutation RuleBuilderTrack($e: [TrackEventInput!]!) {\n        track(events: $e) {\n          accepted\n          issued\n        }\n      }\n    ": types.RuleBuilderTrackDocument,
    "\n        query RuleBuilderWallet($u: ID!) {\n          wallet(userId: $u) {\n            templateId\n            status\n          }\n        }\n      ": types.RuleBuilderWalletDocument,
    "\n        query RuleBuilderRuleState($id: ID!) {\n          rule(id: $id) {\n            status\n            activeVersion\n          }\n        }\n      ": types.RuleBuilderRuleStateDocument,
    "\n        mutation BrowserVersionsUpdateRule($id: ID!, $i: UpdateRuleInput!) {\n          updateRule(id: $id, input: $i) {\n            id\n          }\n        }\n      ": types.BrowserVersionsUpdateRuleDocument,
    "\n        mutation BrowserVersionsPublishRule($id: ID!, $n: String) {\n          publishRule(id: $id, note: $n) {\n            rule {\n              id\n            }\n          }\n        }\n      ": types.BrowserVersionsPublishRuleDocument,
    "\n      mutation ArrangeCreateRule($i: CreateRuleInput!) {\n        createRule(input: $i) {\n          id\n          name\n        }\n      }\n    ": types.ArrangeCreateRuleDocument,
    "\n      mutation ArrangePublishRule($id: ID!) {\n        publishRule(id: $id) {\n          rule {\n            id\n          }\n        }\n      }\n    ": types.ArrangePublishRuleDocument,
    "\n        mutation ArrangePauseRule($id: ID!) {\n          pauseRule(id: $id) {\n            id\n          }\n        }\n      ": types.ArrangePauseRuleDocument,
    "\n      query ArrangeRuleState($id: ID!) {\n        rule(id: $id) {\n          name\n          status\n          mode\n          draft\n          activeVersion\n        }\n      }\n    ": types.ArrangeRuleStateDocument,
    "\n      mutation ArrangePaidOrder($e: [TrackEventInput!]!) {\n        track(events: $e) {\n          accepted\n          issued\n          errors {\n            message\n          }\n        }\n      }\n    ": types.ArrangePaidOrderDocument,
    "\n        mutation HarnessCreateStaff($i: CreateStaffInput!) {\n          createStaffUser(input: $i) {\n            id\n          }\n        }\n      ": types.HarnessCreateStaffDocument,
    "\n      mutation MeasureCreateCampaign($i: CreateCampaignInput!) {\n        createCampaign(input: $i) {\n          id\n        }\n      }\n    ": types.MeasureCreateCampaignDocument,
    "\n      mutation MeasureCreateAudience($i: CreateAudienceInput!) {\n        createAudience(input: $i) {\n          id\n        }\n      }\n    ": types.MeasureCreateAudienceDocument,
    "\n      mutation MeasureUploadAudience($a: ID!, $csv: String!) {\n        uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {\n          added\n        }\n      }\n    ": types.MeasureUploadAudienceDocument,
    "\n  mutation MeasureTrack($e: [TrackEventInput!]!) {\n    track(events: $e) {\n      accepted\n      errors {\n        message\n      }\n    }\n  }\n": types.MeasureTrackDocument,
    "\n  mutation MeasureLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n    }\n  }\n": types.MeasureLockDocument,
    "\n  mutation MeasureRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n    }\n  }\n": types.MeasureRedeemDocument,
    "\n      mutation MeasureCreateRule($i: CreateRuleInput!) {\n        createRule(input: $i) {\n          id\n        }\n      }\n    ": types.MeasureCreateRuleDocument,
    "\n      mutation MeasurePublishRule($id: ID!) {\n        publishRule(id: $id) {\n          rule {\n            id\n          }\n        }\n      }\n    ": types.MeasurePublishRuleDocument,
    "\n      query MeasureRuleMode($id: ID!) {\n        rule(id: $id) {\n          mode\n        }\n      }\n    ": types.MeasureRuleModeDocument,
    "\n  query ApiConventionsTemplateCount {\n    templates(first: 1) {\n      totalCount\n    }\n  }\n": types.ApiConventionsTemplateCountDocument,
    "\n        mutation ApiConventionsCreateTemplate($i: CreateTemplateInput!) {\n          createTemplate(input: $i) {\n            id\n          }\n        }\n      ": types.ApiConventionsCreateTemplateDocument,
    "\n      query ApiConventionsQuote($c: CartInput!) {\n        quote(cart: $c) {\n          currency\n          subtotal\n          errors {\n            code\n          }\n          best {\n            totalDiscount\n            payable\n          }\n        }\n      }\n    ": types.ApiConventionsQuoteDocument,
    "\n    mutation ApiConventionsTransitionCampaign($id: ID!, $a: CampaignAction!) {\n      transitionCampaign(id: $id, action: $a) {\n        campaign {\n          id\n          status\n        }\n        errors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.ApiConventionsTransitionCampaignDocument,
    "\n        mutation ApiConventionsCreateCampaign {\n          createCampaign(input: { name: \"steps\", budget: 10000 }) {\n            id\n            status\n          }\n        }\n      ": types.ApiConventionsCreateCampaignDocument,
    "\n        mutation ApiConventionsPauseCampaign($id: ID!) {\n          pauseCampaign(id: $id) {\n            status\n          }\n        }\n      ": types.ApiConventionsPauseCampaignDocument,
    "\n      mutation ApiConventionsTransitionTemplate($id: ID!, $a: TemplateAction!) {\n        transitionTemplate(id: $id, action: $a) {\n          template {\n            id\n            status\n          }\n          errors {\n            field\n            code\n          }\n        }\n      }\n    ": types.ApiConventionsTransitionTemplateDocument,
    "\n      mutation ApiConventionsLock($i: LockInput!) {\n        lockCoupons(input: $i) {\n          locked\n          problems {\n            couponId\n            reason\n          }\n          errors {\n            field\n            message\n            code\n          }\n        }\n      }\n    ": types.ApiConventionsLockDocument,
    "\n        mutation ApiConventionsRelease {\n          releaseOrder(orderId: \"errors-o2\") {\n            status\n          }\n        }\n      ": types.ApiConventionsReleaseDocument,
    "\n      mutation ApiConventionsRedeem($o: ID!) {\n        redeemOrder(orderId: $o) {\n          ok\n          status\n          totalDiscount\n          errors {\n            field\n            message\n            code\n          }\n        }\n      }\n    ": types.ApiConventionsRedeemDocument,
    "\n    mutation ApiConventionsCreateEndpoint($i: CreateWebhookEndpointInput!) {\n      createWebhookEndpoint(input: $i) {\n        endpoint {\n          id\n          events\n          eventTypes\n        }\n      }\n    }\n  ": types.ApiConventionsCreateEndpointDocument,
    "\n    query ApiConventionsEndpoints {\n      webhookEndpoints(first: 100) {\n        totalCount\n      }\n    }\n  ": types.ApiConventionsEndpointsDocument,
    "\n      mutation ApiConventionsUpdateEndpoint($id: ID!, $i: UpdateWebhookEndpointInput!) {\n        updateWebhookEndpoint(id: $id, input: $i) {\n          events\n        }\n      }\n    ": types.ApiConventionsUpdateEndpointDocument,
    "\n      query ApiConventionsEventLog($t: ID, $types: [String!]) {\n        couponEventLog(templateId: $t, eventTypes: $types, first: 100) {\n          eventType\n        }\n      }\n    ": types.ApiConventionsEventLogDocument,
    "\n      mutation ApiConventionsCreateStaff($i: CreateStaffInput!) {\n        createStaffUser(input: $i) {\n          id\n          role\n          access\n        }\n      }\n    ": types.ApiConventionsCreateStaffDocument,
    "\n        mutation ApiConventionsUpdateStaff($i: UpdateStaffInput!) {\n          updateStaffUser(input: $i) {\n            role\n            access\n          }\n        }\n      ": types.ApiConventionsUpdateStaffDocument,
    "\n      mutation AudiencesCreateAudience2($i: CreateAudienceInput!) {\n        createAudience(input: $i) {\n          id\n        }\n      }\n    ": types.AudiencesCreateAudience2Document,
    "\n        query IsAudienceMember($a: ID!, $u: ID!) {\n          isAudienceMember(audienceId: $a, userId: $u)\n        }\n      ": types.IsAudienceMemberDocument,
    "\n        query AudiencesAudiencePreview($e: JSON) {\n          audiencePreview(expression: $e, sample: 10) {\n            size\n            sample\n          }\n        }\n      ": types.AudiencesAudiencePreviewDocument,
    "\n        query AudiencesAudienceMembers($a: ID!) {\n          audienceMembers(audienceId: $a, first: 2) {\n            userIds\n            hasNextPage\n            endCursor\n          }\n        }\n      ": types.AudiencesAudienceMembersDocument,
    "\n        mutation AudiencesCreateAudience($i: CreateAudienceInput!) {\n          createAudience(input: $i) {\n            id\n          }\n        }\n      ": types.AudiencesCreateAudienceDocument,
    "\n        mutation CreateAudience($i: CreateAudienceInput!) {\n          createAudience(input: $i) {\n            id\n          }\n        }\n      ": types.CreateAudienceDocument,
    "\n          query AudiencesNestedPreview($a: ID) {\n            audiencePreview(audienceId: $a, sample: 10) {\n              size\n              sample\n            }\n          }\n        ": types.AudiencesNestedPreviewDocument,
    "\n        mutation AudiencesUpdateAudience($id: ID!, $i: UpdateAudienceInput!) {\n          updateAudience(id: $id, input: $i) {\n            id\n          }\n        }\n      ": types.AudiencesUpdateAudienceDocument,
    "\n        query AudiencesTemplate($id: ID!) {\n          template(id: $id) {\n            audienceIds\n          }\n        }\n      ": types.AudiencesTemplateDocument,
    "\n        mutation CreateTemplate($i: CreateTemplateInput!) {\n          createTemplate(input: $i) {\n            id\n          }\n        }\n      ": types.CreateTemplateDocument,
    "\n        mutation AudiencesDeleteAudience($id: ID!) {\n          deleteAudience(id: $id)\n        }\n      ": types.AudiencesDeleteAudienceDocument,
    "\n          mutation DeleteAudience($id: ID!) {\n            deleteAudience(id: $id)\n          }\n        ": types.DeleteAudienceDocument,
    "\n          mutation AudiencesUploadAudienceMembers($a: ID!, $csv: String!, $r: Boolean!) {\n            uploadAudienceMembers(audienceId: $a, csv: $csv, replace: $r) {\n              rows\n              added\n              size\n              invalid {\n                line\n                value\n              }\n            }\n          }\n        ": types.AudiencesUploadAudienceMembersDocument,
    "\n        query AudiencePreview($a: ID) {\n          audiencePreview(audienceId: $a, sample: 3) {\n            size\n            sample\n          }\n        }\n      ": types.AudiencePreviewDocument,
    "\n        query AudienceMembers($a: ID!) {\n          audienceMembers(audienceId: $a, first: 5, after: \"imp-0499997\") {\n            userIds\n            hasNextPage\n          }\n        }\n      ": types.AudienceMembersDocument,
    "\n        mutation UploadAudienceMembers($a: ID!, $csv: String!) {\n          uploadAudienceMembers(audienceId: $a, csv: $csv) {\n            added\n          }\n        }\n      ": types.UploadAudienceMembersDocument,
    "\n        mutation IssueToAudience($t: ID!, $a: ID!) {\n          issueToAudience(templateId: $t, audienceId: $a) {\n            id\n            total\n          }\n        }\n      ": types.IssueToAudienceDocument,
    "\n            query BulkIssueJob($id: ID!) {\n              bulkIssueJob(id: $id) {\n                status\n                issued\n              }\n            }\n          ": types.BulkIssueJobDocument,
    "\n        query Audience($id: ID!) {\n          audience(id: $id) {\n            size\n          }\n        }\n      ": types.AudienceDocument,
    "\n      mutation CreateStaffUser($i: CreateStaffInput!) {\n        createStaffUser(input: $i) {\n          id\n        }\n      }\n    ": types.CreateStaffUserDocument,
    "\n      mutation BadInputLogin($e: String!) {\n        login(email: $e, password: \"a-long-password\") {\n          token\n        }\n      }\n    ": types.BadInputLoginDocument,
    "\n      mutation CreateUserToken {\n        createUserToken(input: { userId: \"alice\" })\n      }\n    ": types.CreateUserTokenDocument,
    "\n  query BadInputQuote($c: CartInput!) {\n    quote(cart: $c) {\n      subtotal\n    }\n  }\n": types.BadInputQuoteDocument,
    "\n          query BadInputTemplate {\n            template(id: \"tpl_nope\") {\n              id\n            }\n          }\n        ": types.BadInputTemplateDocument,
    "\n          query Coupon {\n            coupon(id: \"1 OR 1=1\") {\n              id\n            }\n          }\n        ": types.CouponDocument,
    "\n      mutation BadInputCreateTemplate($i: CreateTemplateInput!) {\n        createTemplate(input: $i) {\n          id\n        }\n      }\n    ": types.BadInputCreateTemplateDocument,
    "\n          mutation Login {\n            login(email: \"admin@test.local\", password: \"wrong\") {\n              token\n            }\n          }\n        ": types.LoginDocument,
    "\n          mutation CreateApiKey {\n            createApiKey(input: { name: \"x\", scopes: [CHECKOUT] }) {\n              key\n            }\n          }\n        ": types.CreateApiKeyDocument,
    "\n          query BadInputWallet {\n            wallet(userId: \"bob\") {\n              id\n            }\n          }\n        ": types.BadInputWalletDocument,
    "\n          mutation BadInputRedeemOrder {\n            redeemOrder(orderId: \"o1\") {\n              ok\n            }\n          }\n        ": types.BadInputRedeemOrderDocument,
    "\n          query BadInputTemplates {\n            templates {\n              totalCount\n            }\n          }\n        ": types.BadInputTemplatesDocument,
    "\n          mutation RedeemOrder {\n            redeemOrder(orderId: \"no-such-order\") {\n              ok\n            }\n          }\n        ": types.RedeemOrderDocument,
    "\n      query BadInputWallet2 {\n        wallet(userId: \"u1\") {\n          template {\n            scope {\n              merchantIds\n            }\n          }\n        }\n      }\n    ": types.BadInputWallet2Document,
    "\n          query Templates {\n            templates(first: 101) {\n              totalCount\n            }\n          }\n        ": types.TemplatesDocument,
    "\n        query Wallet {\n          wallet {\n            userId\n          }\n        }\n      ": types.WalletDocument,
    "\n  query MechanicsQuote($c: CartInput!) {\n    quote(cart: $c) {\n      items {\n        coupon {\n          id\n        }\n        applicable\n        reason\n        discount\n      }\n      best {\n        couponIds\n        totalDiscount\n        payable\n      }\n    }\n  }\n": types.MechanicsQuoteDocument,
    "\n  mutation MechanicsLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n      problems {\n        couponId\n        reason\n      }\n      applied {\n        couponIds\n        totalDiscount\n        payable\n      }\n    }\n  }\n": types.MechanicsLockDocument,
    "\n  mutation MechanicsRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n      totalDiscount\n      coupons {\n        id\n        status\n      }\n    }\n  }\n": types.MechanicsRedeemDocument,
    "\n  mutation MechanicsCreateTemplate($i: CreateTemplateInput!) {\n    createTemplate(input: $i) {\n      id\n      maxValue\n      applyTo\n      maxUnits\n      minQuantity\n      buyQuantity\n      getQuantity\n      maxApplications\n    }\n  }\n": types.MechanicsCreateTemplateDocument,
    "\n  query MechanicsTemplates($s: String!) {\n    templates(filter: { search: $s }) {\n      totalCount\n    }\n  }\n": types.MechanicsTemplatesDocument,
    "\n  mutation MechanicsCampaign {\n    createCampaign(input: { name: \"mechanics\", budget: 100000 }) {\n      id\n    }\n  }\n": types.MechanicsCampaignDocument,
    "\n  query MechanicsWallet($u: ID!) {\n    wallet(userId: $u) {\n      id\n      status\n    }\n  }\n": types.MechanicsWalletDocument,
    "\n        query MechanicsShort($c: CartInput!) {\n          quote(cart: $c) {\n            items {\n              applicable\n              reason\n              shortBy\n            }\n          }\n        }\n      ": types.MechanicsShortDocument,
    "\n  query ShippingQuote($c: CartInput!) {\n    quote(cart: $c) {\n      subtotal\n      shippingAmount\n      items {\n        coupon {\n          id\n          template {\n            summary\n          }\n        }\n        applicable\n        reason\n        discount\n      }\n      best {\n        couponIds\n        totalDiscount\n        goodsDiscount\n        shipping {\n          amount\n          discount\n          payable\n        }\n        payable\n        coupons {\n          couponId\n          discount\n          shippingDiscount\n          remainingBalance\n        }\n      }\n    }\n  }\n": types.ShippingQuoteDocument,
    "\n  mutation ShippingLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n      problems {\n        couponId\n        reason\n      }\n      applied {\n        couponIds\n        totalDiscount\n        goodsDiscount\n        shipping {\n          amount\n          discount\n          payable\n        }\n        payable\n        coupons {\n          couponId\n          discount\n          shippingDiscount\n          remainingBalance\n        }\n      }\n    }\n  }\n": types.ShippingLockDocument,
    "\n  mutation ShippingRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n      totalDiscount\n      coupons {\n        id\n        status\n        balance\n      }\n    }\n  }\n": types.ShippingRedeemDocument,
    "\n  mutation ShippingCreateTemplate($i: CreateTemplateInput!) {\n    createTemplate(input: $i) {\n      id\n      maxValue\n      stackGroup\n      summary\n      multiplePerOrder\n      getScope {\n        includeCategories\n      }\n    }\n  }\n": types.ShippingCreateTemplateDocument,
    "\n  query ShippingTemplates($s: String!) {\n    templates(filter: { search: $s }) {\n      totalCount\n    }\n  }\n": types.ShippingTemplatesDocument,
    "\n  mutation ShippingCampaign($n: String!) {\n    createCampaign(input: { name: $n, budget: 100000 }) {\n      id\n    }\n  }\n": types.ShippingCampaignDocument,
    "\n  query ShippingCampaignRead($id: ID!) {\n    campaign(id: $id) {\n      spent\n      reserved\n    }\n  }\n": types.ShippingCampaignReadDocument,
    "\n  query ShippingWallet($u: ID!) {\n    wallet(userId: $u) {\n      id\n      status\n      balance\n    }\n  }\n": types.ShippingWalletDocument,
    "\n  query CheckoutQuote($c: CartInput!) {\n    quote(cart: $c) {\n      subtotal\n      items {\n        coupon {\n          id\n        }\n        applicable\n        reason\n        shortBy\n        discount\n        inBest\n      }\n      inapplicable {\n        coupon {\n          id\n        }\n        reason\n      }\n      best {\n        couponIds\n        totalDiscount\n        payable\n        coupons {\n          couponId\n          stackGroup\n          discount\n          lines {\n            index\n            discount\n          }\n        }\n        lines {\n          index\n          amount\n          discount\n          payable\n        }\n      }\n    }\n  }\n": types.CheckoutQuoteDocument,
    "\n  mutation CheckoutLockCoupons($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n      replayed\n      lockExpiresAt\n      problems {\n        couponId\n        reason\n        shortBy\n      }\n      applied {\n        couponIds\n        totalDiscount\n        payable\n      }\n    }\n  }\n": types.CheckoutLockCouponsDocument,
    "\n  mutation CheckoutRedeemOrder($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n      status\n      totalDiscount\n      replayed\n      coupons {\n        id\n        status\n        balance\n      }\n    }\n  }\n": types.CheckoutRedeemOrderDocument,
    "\n  mutation CheckoutReleaseOrder($o: ID!) {\n    releaseOrder(orderId: $o) {\n      status\n      replayed\n      coupons {\n        id\n        status\n      }\n    }\n  }\n": types.CheckoutReleaseOrderDocument,
    "\n  mutation RefundOrder($o: ID!) {\n    refundOrder(orderId: $o) {\n      status\n      replayed\n      coupons {\n        id\n        status\n        balance\n      }\n    }\n  }\n": types.RefundOrderDocument,
    "\n        query Quote($c: CartInput!) {\n          quote(cart: $c) {\n            items {\n              coupon {\n                id\n                validUntil\n                balance\n              }\n            }\n          }\n        }\n      ": types.QuoteDocument,
    "\n        query QuoteFieldsWallet {\n          wallet(userId: \"q-fields\") {\n            ...QuoteAllCouponFields\n          }\n        }\n        fragment QuoteAllCouponFields on Coupon {\n          id\n          code\n          templateId\n          campaignId\n          userId\n          status\n          source\n          ruleId\n          ruleVersion\n          placement\n          issuedAt\n          validFrom\n          validUntil\n          seenAt\n          isNew\n          balance\n          lockedOrderId\n          lockExpiresAt\n          redeemedOrderId\n          redeemedAt\n          template {\n            id\n            name\n          }\n          __typename\n        }\n      ": types.QuoteFieldsWalletDocument,
    "\n        query QuoteFieldsAll($c: CartInput!) {\n          quote(cart: $c) {\n            items {\n              coupon {\n                ...QuoteAllCouponFields\n              }\n            }\n          }\n        }\n      ": types.QuoteFieldsAllDocument,
    "\n        query QuoteFieldsBrief($c: CartInput!) {\n          quote(cart: $c) {\n            items {\n              coupon {\n                couponId: id\n                code\n                ... on Coupon {\n                  templateId\n                  campaignId\n                  userId\n                  status\n                  validFrom\n                  validUntil\n                  balance\n                  lockedOrderId\n                  lockExpiresAt\n                  template {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.QuoteFieldsBriefDocument,
    "\n        query QuoteFieldsNode($c: CartInput!) {\n          quote(cart: $c) {\n            best {\n              couponIds\n            }\n            items {\n              coupon {\n                id\n                ... on Node {\n                  id\n                }\n                ...QuoteIssuedAt\n              }\n            }\n          }\n        }\n        fragment QuoteIssuedAt on Coupon {\n          issuedAt\n          source\n        }\n      ": types.QuoteFieldsNodeDocument,
    "\n        mutation CheckoutCreateCampaign {\n          createCampaign(input: { name: \"co\", budget: 100000 }) {\n            id\n          }\n        }\n      ": types.CheckoutCreateCampaignDocument,
    "\n            query Campaign($id: ID!) {\n              campaign(id: $id) {\n                spent\n                reserved\n                budgetStatus {\n                  headroom\n                }\n              }\n            }\n          ": types.CampaignDocument,
    "\n        query CouponEventLog($c: ID!) {\n          couponEventLog(couponId: $c) {\n            type\n          }\n        }\n      ": types.CouponEventLogDocument,
    "\n        query CheckoutWallet3 {\n          wallet(userId: \"q6\") {\n            id\n            status\n          }\n        }\n      ": types.CheckoutWallet3Document,
    "\n        query CheckoutWallet2 {\n          wallet(userId: \"q8\", expiringWithinHours: 2) {\n            id\n            isNew\n          }\n        }\n      ": types.CheckoutWallet2Document,
    "\n        mutation MarkCouponsSeen($ids: [ID!]!) {\n          markCouponsSeen(userId: \"q8\", couponIds: $ids)\n        }\n      ": types.MarkCouponsSeenDocument,
    "\n        query CheckoutWallet {\n          wallet(userId: \"q8\") {\n            id\n            isNew\n          }\n        }\n      ": types.CheckoutWalletDocument,
    "\n        mutation CreateCampaign {\n          createCampaign(input: { name: \"11.11 page\" }) {\n            id\n          }\n        }\n      ": types.CreateCampaignDocument,
    "\n      query CouponCenter($p: PlacementInput) {\n        couponCenter(userId: \"q9\", placement: $p) {\n          template {\n            id\n          }\n          claimable\n          reason\n          claimedCount\n        }\n      }\n    ": types.CouponCenterDocument,
    "\n  query RefusedClaimsPage($userId: ID!, $first: Int!, $after: String) {\n    refusedClaims(userId: $userId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        userId\n        templateId\n        template {\n          name\n        }\n        reason\n        message\n        source\n        deviceId\n        cookieId\n        placement\n        createdAt\n      }\n    }\n  }\n": types.RefusedClaimsPageDocument,
    "\n  query ClusterTemplate($id: ID!) {\n    template(id: $id) {\n      quotaAvailable\n      issuedCount\n    }\n  }\n": types.ClusterTemplateDocument,
    "\n  mutation ClusterUpdateQuota($id: ID!, $quotaTotal: Int) {\n    updateTemplate(id: $id, input: { quotaTotal: $quotaTotal }) {\n      quotaAvailable\n      issuedCount\n    }\n  }\n": types.ClusterUpdateQuotaDocument,
    "\n        mutation ClusterCreateCampaign {\n          createCampaign(input: { name: \"cluster budget\", budget: 20000 }) {\n            id\n          }\n        }\n      ": types.ClusterCreateCampaignDocument,
    "\n        query ClusterCouponEventLog($t: ID!) {\n          couponEventLog(templateId: $t) {\n            type\n          }\n        }\n      ": types.ClusterCouponEventLogDocument,
    "\n        query ClaimsTemplate($id: ID!) {\n          template(id: $id) {\n            quotaAvailable\n            issuedCount\n          }\n        }\n      ": types.ClaimsTemplateDocument,
    "\n        mutation LockCoupons($i: LockInput!) {\n          lockCoupons(input: $i) {\n            locked\n          }\n        }\n      ": types.LockCouponsDocument,
    "\n        mutation ClaimsRedeemOrder {\n          redeemOrder(orderId: \"order-au-1\") {\n            ok\n          }\n        }\n      ": types.ClaimsRedeemOrderDocument,
    "\n        mutation PauseTemplate($id: ID!) {\n          pauseTemplate(id: $id) {\n            status\n          }\n        }\n      ": types.PauseTemplateDocument,
    "\n        mutation EndTemplate($id: ID!) {\n          endTemplate(id: $id) {\n            status\n          }\n        }\n      ": types.EndTemplateDocument,
    "\n        mutation ClaimsCreateCampaign {\n          createCampaign(input: { name: \"b\", budget: 2000 }) {\n            id\n          }\n        }\n      ": types.ClaimsCreateCampaignDocument,
    "\n        query ClaimsCouponEventLog($t: ID!) {\n          couponEventLog(templateId: $t) {\n            type\n          }\n        }\n      ": types.ClaimsCouponEventLogDocument,
    "\n        mutation MintCodes($i: MintCodesInput!) {\n          mintCodes(input: $i) {\n            count\n            sample\n          }\n        }\n      ": types.MintCodesDocument,
    "\n      mutation ClaimByCode($i: ClaimByCodeInput!) {\n        claimByCode(input: $i) {\n          __typename\n          ... on ClaimSuccess {\n            coupon {\n              code\n              templateId\n            }\n          }\n          ... on ClaimRefused {\n            reason\n          }\n        }\n      }\n    ": types.ClaimByCodeDocument,
    "\n  mutation InvCreateCampaign($i: CreateCampaignInput!) {\n    createCampaign(input: $i) {\n      id\n    }\n  }\n": types.InvCreateCampaignDocument,
    "\n  query InvBudget($id: ID!) {\n    campaign(id: $id) {\n      spent\n      reserved\n    }\n  }\n": types.InvBudgetDocument,
    "\n  query InvQuote($i: InvestmentInput!) {\n    quoteInvestment(input: $i) {\n      principal\n      termDays\n      baseInterest\n      items {\n        coupon {\n          id\n          status\n          template {\n            summary\n          }\n        }\n        applicable\n        reason\n        shortBy\n        bonus\n        inBest\n      }\n      best {\n        couponIds\n        totalBonus\n      }\n    }\n  }\n": types.InvQuoteDocument,
    "\n  mutation InvLock($i: LockInvestmentInput!) {\n    lockInvestment(input: $i) {\n      investmentId\n      locked\n      replayed\n      couponIds\n      totalBonus\n      problems {\n        couponId\n        reason\n      }\n    }\n  }\n": types.InvLockDocument,
    "\n  mutation InvRedeem($id: ID!) {\n    redeemInvestment(investmentId: $id) {\n      ok\n      status\n      totalDiscount\n      replayed\n      coupons {\n        id\n        status\n      }\n    }\n  }\n": types.InvRedeemDocument,
    "\n  mutation InvRelease($id: ID!) {\n    releaseInvestment(investmentId: $id) {\n      status\n      replayed\n      coupons {\n        id\n        status\n      }\n    }\n  }\n": types.InvReleaseDocument,
    "\n  mutation InvRefund($id: ID!) {\n    refundInvestment(investmentId: $id) {\n      status\n      replayed\n      coupons {\n        id\n        status\n      }\n    }\n  }\n": types.InvRefundDocument,
    "\n  query InvEvents($c: ID!) {\n    couponEventLog(couponId: $c) {\n      type\n      payload\n    }\n  }\n": types.InvEventsDocument,
    "\n  mutation IssuanceRulesCreateTemplate($i: CreateTemplateInput!) {\n    createTemplate(input: $i) {\n      id\n    }\n  }\n": types.IssuanceRulesCreateTemplateDocument,
    "\n        mutation IssuanceRulesCreateBudgetedCampaign {\n          createCampaign(input: { name: \"gifts\", budget: 100000 }) {\n            id\n          }\n        }\n      ": types.IssuanceRulesCreateBudgetedCampaignDocument,
    "\n        mutation IssuanceRulesCreateValuedTemplate($i: CreateTemplateInput!) {\n          createTemplate(input: $i) {\n            id\n            maxValue\n          }\n        }\n      ": types.IssuanceRulesCreateValuedTemplateDocument,
    "\n        mutation IssuanceRulesCreateOpenCampaign {\n          createCampaign(input: { name: \"open\" }) {\n            id\n          }\n        }\n      ": types.IssuanceRulesCreateOpenCampaignDocument,
    "\n        mutation IssuanceRulesBudgetCampaign($id: ID!) {\n          updateCampaign(id: $id, input: { budget: 5000 }) {\n            id\n          }\n        }\n      ": types.IssuanceRulesBudgetCampaignDocument,
    "\n        mutation IssuanceRulesCreateAudience($i: CreateAudienceInput!) {\n          createAudience(input: $i) {\n            id\n          }\n        }\n      ": types.IssuanceRulesCreateAudienceDocument,
    "\n        mutation IssuanceRulesUploadMembers($a: ID!, $csv: String!) {\n          uploadAudienceMembers(audienceId: $a, csv: $csv) {\n            size\n          }\n        }\n      ": types.IssuanceRulesUploadMembersDocument,
    "\n            query IssuanceRulesCouponCenter($u: ID!) {\n              couponCenter(userId: $u) {\n                template {\n                  id\n                }\n                claimable\n                reason\n              }\n            }\n          ": types.IssuanceRulesCouponCenterDocument,
    "\n  mutation HoldoutCreateAudience($i: CreateAudienceInput!) {\n    createAudience(input: $i) {\n      id\n    }\n  }\n": types.HoldoutCreateAudienceDocument,
    "\n  mutation HoldoutUpload($a: ID!, $csv: String!) {\n    uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {\n      size\n    }\n  }\n": types.HoldoutUploadDocument,
    "\n  mutation HoldoutIssue($t: ID!, $a: ID!, $h: Float) {\n    issueToAudience(templateId: $t, audienceId: $a, holdoutPercent: $h) {\n      id\n      total\n      holdoutPercent\n    }\n  }\n": types.HoldoutIssueDocument,
    "\n  query HoldoutJob($id: ID!) {\n    bulkIssueJob(id: $id) {\n      status\n      total\n      processed\n      issued\n      heldOut\n      skipped\n      failed\n      percent\n      holdoutPercent\n    }\n  }\n": types.HoldoutJobDocument,
    "\n  mutation HoldoutStart($i: BulkIssueInput!) {\n    startBulkIssue(input: $i) {\n      id\n      holdoutPercent\n    }\n  }\n": types.HoldoutStartDocument,
    "\n  query HoldoutExperiment($j: ID!, $w: Int) {\n    jobExperiment(jobId: $j, windowSeconds: $w) {\n      jobId\n      holdoutPercent\n      exposedUsers\n      measuredUsers\n      srm {\n        mismatch\n      }\n      arms {\n        arm\n        control\n        users\n        conversion\n        revenuePerUser\n        subsidy\n      }\n      lifts {\n        metric\n        arm\n        absolute {\n          estimate\n          low\n          high\n        }\n      }\n      incrementalProfit {\n        treatedUsers\n        estimate\n      }\n    }\n  }\n": types.HoldoutExperimentDocument,
    "\n      query LifecycleCoupon($id: ID!) {\n        coupon(id: $id) {\n          status\n        }\n      }\n    ": types.LifecycleCouponDocument,
    "\n        query LifecycleCouponEventLog($t: ID!) {\n          couponEventLog(templateId: $t) {\n            type\n          }\n        }\n      ": types.LifecycleCouponEventLogDocument,
    "\n          query LifecycleTemplate($id: ID!) {\n            template(id: $id) {\n              quotaAvailable\n              quotaBatches {\n                releasedAt\n              }\n            }\n          }\n        ": types.LifecycleTemplateDocument,
    "\n        mutation LifecycleCreateCampaign {\n          createCampaign(input: { name: \"locks\", budget: 10000 }) {\n            id\n          }\n        }\n      ": types.LifecycleCreateCampaignDocument,
    "\n        mutation LifecycleLockCoupons($i: LockInput!) {\n          lockCoupons(input: $i) {\n            locked\n          }\n        }\n      ": types.LifecycleLockCouponsDocument,
    "\n        query LifecycleCampaign($id: ID!) {\n          campaign(id: $id) {\n            reserved\n          }\n        }\n      ": types.LifecycleCampaignDocument,
    "\n        mutation LifecycleRedeemOrder {\n          redeemOrder(orderId: \"lapse-1\") {\n            ok\n            status\n          }\n        }\n      ": types.LifecycleRedeemOrderDocument,
    "\n    query LifecycleBulkIssueJob($id: ID!) {\n      bulkIssueJob(id: $id) {\n        status\n        total\n        processed\n        issued\n        percent\n        refusals {\n          reason\n          count\n        }\n      }\n    }\n  ": types.LifecycleBulkIssueJobDocument,
    "\n        mutation LifecycleStartBulkIssue($i: BulkIssueInput!) {\n          startBulkIssue(input: $i) {\n            id\n            total\n          }\n        }\n      ": types.LifecycleStartBulkIssueDocument,
    "\n        mutation StartBulkIssue($i: BulkIssueInput!) {\n          startBulkIssue(input: $i) {\n            id\n          }\n        }\n      ": types.StartBulkIssueDocument,
    "\n  query MetricsE2eMetrics($s: MetricsScope!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: $s, from: $from, to: $to) {\n      timeZone\n      redemptionRate\n      couponOrderShare\n      allPaidOrders\n      totals {\n        issued\n        issuedRule\n        claimed\n        redeemed\n        subsidy\n        paidOrders\n        couponOrders\n        revenue\n        margin\n        grossProfit\n        refunds\n        newCustomers\n        newCustomersViaCoupon\n      }\n      subsidyByFunder {\n        funder\n        funderId\n        amount\n      }\n      daily {\n        date\n        issued\n        paidOrders\n        revenue\n      }\n    }\n  }\n": types.MetricsE2eMetricsDocument,
    "\n  query MetricsE2eExperiment($r: ID!, $w: Int, $seq: Boolean) {\n    experiment(ruleId: $r, windowSeconds: $w, sequential: $seq) {\n      exposedUsers\n      measuredUsers\n      recommendation\n      evidence\n      srm {\n        mismatch\n        p\n        observed\n      }\n      arms {\n        arm\n        control\n        users\n        conversion\n        revenuePerUser\n        netContributionPerUser\n        subsidy\n      }\n      lifts {\n        metric\n        arm\n        absolute {\n          estimate\n          low\n          high\n          p\n        }\n        relative {\n          estimate\n          low\n          high\n        }\n        cuped {\n          estimate\n          low\n          high\n          varianceReduction\n        }\n        sequential {\n          low\n          high\n        }\n      }\n      incrementalProfit {\n        estimate\n        low\n        high\n        treatedUsers\n      }\n    }\n  }\n": types.MetricsE2eExperimentDocument,
    "\n  mutation MetricsE2eLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n      applied {\n        totalDiscount\n        payable\n      }\n    }\n  }\n": types.MetricsE2eLockDocument,
    "\n  mutation MetricsE2eRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n    }\n  }\n": types.MetricsE2eRedeemDocument,
    "\n  mutation MetricsE2eRebuild {\n    rebuildMetrics {\n      couponEvents\n      orders\n    }\n  }\n": types.MetricsE2eRebuildDocument,
    "\n  mutation MetricsE2eSolidify($r: ID!, $h: Float!) {\n    solidifyRule(ruleId: $r, holdoutPercent: $h)\n  }\n": types.MetricsE2eSolidifyDocument,
    "\n        mutation MetricsE2eCampaign {\n          createCampaign(input: { name: \"thresholds\", budget: 2000 }) {\n            id\n          }\n        }\n      ": types.MetricsE2eCampaignDocument,
    "\n        mutation MetricsE2eAudience {\n          createAudience(input: { name: \"forecast\", kind: STATIC }) {\n            id\n          }\n        }\n      ": types.MetricsE2eAudienceDocument,
    "\n        mutation MetricsE2eUpload($a: ID!, $csv: String!) {\n          uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {\n            added\n          }\n        }\n      ": types.MetricsE2eUploadDocument,
    "\n      query MetricsE2eForecast($t: ID!, $a: ID!, $m: ForecastMode) {\n        forecastIssue(templateId: $t, audienceId: $a, mode: $m) {\n          figures {\n            name\n            value\n            low\n            high\n            source\n          }\n          cost {\n            value\n            low\n            high\n          }\n        }\n      }\n    ": types.MetricsE2eForecastDocument,
    "\n      query MetricsE2eForecastRule($g: JSON!, $from: DateTime!, $to: DateTime!) {\n        forecastRule(graph: $g, from: $from, to: $to) {\n          events\n          firings\n          users\n          truncated\n          liability\n          worstCaseCost\n          cost {\n            value\n            low\n            high\n          }\n          templates {\n            templateId\n            coupons\n            users\n            liability\n            worstCaseCost\n            figures {\n              name\n              value\n              low\n              high\n              source\n            }\n            cost {\n              value\n              low\n              high\n            }\n          }\n        }\n      }\n    ": types.MetricsE2eForecastRuleDocument,
    "\n      query MetricsE2eReplay($g: JSON!, $from: DateTime!, $to: DateTime!) {\n        replayRule(graph: $g, from: $from, to: $to) {\n          events\n          firings\n          expectedCost\n          worstCaseCost\n          issues {\n            templateId\n            count\n            users\n            expectedCost\n          }\n        }\n      }\n    ": types.MetricsE2eReplayDocument,
    "\n      query MetricsE2eLtv($g: LtvGroupBy!, $r: ID) {\n        ltv(groupBy: $g, ruleId: $r, periods: 2) {\n          customers\n          note\n          groups {\n            key\n            customers\n            historical {\n              period\n              revenuePerUser\n              profitPerUser\n            }\n            expected {\n              value\n            }\n          }\n        }\n      }\n    ": types.MetricsE2eLtvDocument,
    "\n  mutation PagingListsIssue($i: IssueCouponInput!) {\n    issueCoupons(input: $i) {\n      coupon {\n        id\n      }\n      reason\n    }\n  }\n": types.PagingListsIssueDocument,
    "\n  query PagingListsEventLog($u: ID!, $first: Int!, $after: String, $last: Int, $before: String) {\n    couponEventLogConnection(\n      userId: $u\n      eventTypes: [\"coupon.issued\"]\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          couponId\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n": types.PagingListsEventLogDocument,
    "\n      query PagingListsRules($first: Int!, $after: String, $last: Int, $before: String) {\n        rulesConnection(status: DRAFT, first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              name\n            }\n          }\n          nodes {\n            id\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    ": types.PagingListsRulesDocument,
    "\n      query PagingListsVersions($r: ID!, $first: Int!, $after: String, $last: Int, $before: String) {\n        ruleVersionsConnection(ruleId: $r, first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              version\n              ruleId\n            }\n          }\n          nodes {\n            id\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    ": types.PagingListsVersionsDocument,
    "\n      query PagingListsNode($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n          ... on RuleVersion {\n            version\n            ruleId\n          }\n          ... on Rule {\n            name\n          }\n          ... on Audience {\n            name\n          }\n          ... on EventType {\n            name\n          }\n          ... on UserProfile {\n            userId\n            attributes\n          }\n        }\n      }\n    ": types.PagingListsNodeDocument,
    "\n      query PagingListsFirings($r: ID!, $first: Int!, $after: String, $last: Int, $before: String) {\n        ruleFiringsConnection(ruleId: $r, first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges {\n            cursor\n            node {\n              eventId\n              firedAt\n            }\n          }\n          nodes {\n            eventId\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    ": types.PagingListsFiringsDocument,
    "\n      mutation PagingListsCreateAudience($name: String!) {\n        createAudience(input: { name: $name, kind: STATIC }) {\n          id\n        }\n      }\n    ": types.PagingListsCreateAudienceDocument,
    "\n      query PagingListsAudiences($first: Int!, $after: String, $last: Int, $before: String) {\n        audiencesConnection(\n          search: \"paged audience\"\n          first: $first\n          after: $after\n          last: $last\n          before: $before\n        ) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          nodes {\n            id\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    ": types.PagingListsAudiencesDocument,
    "\n      query PagingListsNodeMore($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n          ... on Audience {\n            name\n          }\n          ... on EventType {\n            name\n          }\n          ... on UserProfile {\n            userId\n            attributes\n          }\n        }\n      }\n    ": types.PagingListsNodeMoreDocument,
    "\n      mutation PagingListsUpsertProfile($u: ID!, $a: JSON!) {\n        upsertUserAttributes(userId: $u, attributes: $a) {\n          id\n          userId\n        }\n      }\n    ": types.PagingListsUpsertProfileDocument,
    "\n      query PagingListsQuote($c: CartInput!) {\n        quote(cart: $c) {\n          best {\n            coupons {\n              id\n              couponId\n              discount\n            }\n          }\n        }\n      }\n    ": types.PagingListsQuoteDocument,
    "\n  mutation PagingIssue($i: IssueCouponInput!) {\n    issueCoupons(input: $i) {\n      userId\n      coupon {\n        id\n      }\n      reason\n    }\n  }\n": types.PagingIssueDocument,
    "\n  query PagingWalletPage($u: ID!, $first: Int!, $after: String) {\n    walletConnection(userId: $u, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          validUntil\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n": types.PagingWalletPageDocument,
    "\n  query PagingWalletList($u: ID!, $first: Int!) {\n    wallet(userId: $u, first: $first) {\n      id\n      validUntil\n    }\n  }\n": types.PagingWalletListDocument,
    "\n      query PagingApolloWallet($u: ID!, $first: Int!, $after: String) {\n        walletConnection(userId: $u, first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              code\n              status\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    ": types.PagingApolloWalletDocument,
    "\n      query PagingApiKeys($first: Int!, $after: String) {\n        apiKeysConnection(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    ": types.PagingApiKeysDocument,
    "\n      query PagingCampaigns($after: String) {\n        campaigns(first: 1, after: $after) {\n          totalCount\n          nodes {\n            id\n          }\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    ": types.PagingCampaignsDocument,
    "\n      mutation PagingCreateCampaign($name: String!) {\n        createCampaign(input: { name: $name, budget: 100000 }) {\n          id\n        }\n      }\n    ": types.PagingCreateCampaignDocument,
    "\n      query PagingNode($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n          ... on Coupon {\n            userId\n          }\n        }\n      }\n    ": types.PagingNodeDocument,
    "\n        query PartnersClusterCouponEventLog($a: SafeInt) {\n          couponEventLog(afterId: $a, first: 100) {\n            id\n          }\n        }\n      ": types.PartnersClusterCouponEventLogDocument,
    "\n        mutation PartnersClusterCreateWebhookEndpoint2($i: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $i) {\n            secret\n            endpoint {\n              id\n            }\n          }\n        }\n      ": types.PartnersClusterCreateWebhookEndpoint2Document,
    "\n          query PartnersClusterWebhookAttempts($e: ID!) {\n            webhookAttempts(endpointId: $e, first: 1) {\n              totalCount\n            }\n            webhookDeliveries(endpointId: $e, status: SUCCEEDED, first: 1) {\n              totalCount\n            }\n          }\n        ": types.PartnersClusterWebhookAttemptsDocument,
    "\n          query WebhookAttempts($e: ID!, $after: String) {\n            webhookAttempts(endpointId: $e, first: 100, after: $after) {\n              nodes {\n                instance\n              }\n              pageInfo {\n                endCursor\n                hasNextPage\n              }\n            }\n          }\n        ": types.WebhookAttemptsDocument,
    "\n        mutation PartnersClusterCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $i) {\n            secret\n          }\n        }\n      ": types.PartnersClusterCreateWebhookEndpointDocument,
    "\n  mutation PartnersErrorsCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $i) {\n      secret\n      endpoint {\n        id\n        url\n        enabled\n      }\n    }\n  }\n": types.PartnersErrorsCreateWebhookEndpointDocument,
    "\n        mutation ReplayWebhookDelivery {\n          replayWebhookDelivery(id: \"abc\") {\n            id\n          }\n        }\n      ": types.ReplayWebhookDeliveryDocument,
    "\n        query PartnersErrorsWebhookEndpoint2 {\n          webhookEndpoint(id: \"whe_nope\") {\n            id\n          }\n        }\n      ": types.PartnersErrorsWebhookEndpoint2Document,
    "\n        mutation PartnersErrorsCreateStaffUser {\n          createStaffUser(\n            input: { email: \"analyst@test.local\", role: analyst, password: \"analyst-password-1\" }\n          ) {\n            id\n          }\n        }\n      ": types.PartnersErrorsCreateStaffUserDocument,
    "\n          mutation PartnersErrorsLogin {\n            login(email: \"analyst@test.local\", password: \"analyst-password-1\") {\n              token\n            }\n          }\n        ": types.PartnersErrorsLoginDocument,
    "\n            query PartnersErrorsWebhookEndpoints {\n              webhookEndpoints(first: 5) {\n                totalCount\n              }\n            }\n          ": types.PartnersErrorsWebhookEndpointsDocument,
    "\n        query WebhookEndpoints {\n          webhookEndpoints(first: 100) {\n            nodes {\n              id\n              ownerKeyId\n            }\n          }\n        }\n      ": types.WebhookEndpointsDocument,
    "\n        query PartnersErrorsWebhookEndpoint($id: ID!) {\n          webhookEndpoint(id: $id) {\n            id\n          }\n        }\n      ": types.PartnersErrorsWebhookEndpointDocument,
    "\n        query WebhookEndpoint($id: ID!) {\n          webhookEndpoint(id: $id) {\n            id\n          }\n        }\n      ": types.WebhookEndpointDocument,
    "\n        query PartnersErrorsCouponEventLog($t: ID) {\n          couponEventLog(templateId: $t) {\n            id\n          }\n        }\n      ": types.PartnersErrorsCouponEventLogDocument,
    "\n      mutation PartnersSubscriptionsLockCoupons($i: LockInput!) {\n        lockCoupons(input: $i) {\n          locked\n        }\n      }\n    ": types.PartnersSubscriptionsLockCouponsDocument,
    "\n        query PartnersSubscriptionsCouponEventLog2($a: SafeInt) {\n          couponEventLog(afterId: $a, first: 100) {\n            id\n          }\n        }\n      ": types.PartnersSubscriptionsCouponEventLog2Document,
    "\n        query PartnersSubscriptionsCouponEventLog($a: SafeInt) {\n          couponEventLog(afterId: $a, first: 100) {\n            id\n            type\n            templateId\n            merchantId\n            couponId\n          }\n        }\n      ": types.PartnersSubscriptionsCouponEventLogDocument,
    "\n              mutation PartnersSubscriptionsRedeemOrder($o: ID!) {\n                redeemOrder(orderId: $o) {\n                  ok\n                }\n              }\n            ": types.PartnersSubscriptionsRedeemOrderDocument,
    "\n              mutation ReleaseOrder($o: ID!) {\n                releaseOrder(orderId: $o) {\n                  status\n                }\n              }\n            ": types.ReleaseOrderDocument,
    "\n        mutation PartnersSubscriptionsCreateApiKey {\n          createApiKey(input: { name: \"to revoke\", scopes: [EVENTS_READ], merchantIds: [\"m-a\"] }) {\n            key\n            apiKey {\n              id\n            }\n          }\n        }\n      ": types.PartnersSubscriptionsCreateApiKeyDocument,
    "\n        mutation RevokeApiKey($id: ID!) {\n          revokeApiKey(id: $id) {\n            revokedAt\n          }\n        }\n      ": types.RevokeApiKeyDocument,
    "\n  mutation PartnersWebhooksCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $i) {\n      secret\n      endpoint {\n        id\n        url\n        enabled\n        maxConcurrency\n      }\n    }\n  }\n": types.PartnersWebhooksCreateWebhookEndpointDocument,
    "\n      mutation PartnersWebhooksLockCoupons($i: LockInput!) {\n        lockCoupons(input: $i) {\n          locked\n        }\n      }\n    ": types.PartnersWebhooksLockCouponsDocument,
    "\n      mutation PartnersWebhooksRedeemOrder($o: ID!) {\n        redeemOrder(orderId: $o) {\n          ok\n        }\n      }\n    ": types.PartnersWebhooksRedeemOrderDocument,
    "\n        query PartnersWebhooksCouponEventLog2($a: SafeInt, $t: ID) {\n          couponEventLog(afterId: $a, templateId: $t, first: 100) {\n            id\n            type\n            couponId\n            templateId\n          }\n        }\n      ": types.PartnersWebhooksCouponEventLog2Document,
    "\n          query PartnersWebhooksCouponEventLog($a: SafeInt) {\n            couponEventLog(afterId: $a, first: 100) {\n              id\n              type\n              payload\n            }\n          }\n        ": types.PartnersWebhooksCouponEventLogDocument,
    "\n        mutation PartnersWebhooksRotateWebhookSecret($id: ID!) {\n          rotateWebhookSecret(id: $id, overlapSeconds: 3600) {\n            secret\n            previousSecretExpiresAt\n          }\n        }\n      ": types.PartnersWebhooksRotateWebhookSecretDocument,
    "\n          mutation RotateWebhookSecret($id: ID!) {\n            rotateWebhookSecret(id: $id, overlapSeconds: 0) {\n              secret\n            }\n          }\n        ": types.RotateWebhookSecretDocument,
    "\n      query PartnersWebhooksWebhookEndpoint2($id: ID!) {\n        webhookEndpoint(id: $id) {\n          enabled\n          disabledReason\n          disabledAt\n        }\n      }\n    ": types.PartnersWebhooksWebhookEndpoint2Document,
    "\n        mutation PartnersWebhooksUpdateWebhookEndpoint($id: ID!) {\n          updateWebhookEndpoint(id: $id, input: { enabled: true }) {\n            enabled\n          }\n        }\n      ": types.PartnersWebhooksUpdateWebhookEndpointDocument,
    "\n      query WebhookDeliveries($e: ID!, $s: WebhookDeliveryStatus) {\n        webhookDeliveries(endpointId: $e, status: $s, first: 100) {\n          totalCount\n          nodes {\n            id\n            eventId\n            status\n            attempts\n            webhookId\n            lastStatusCode\n            lastError\n            replayOf\n          }\n        }\n      }\n    ": types.WebhookDeliveriesDocument,
    "\n        query PartnersWebhooksWebhookAttempts3($e: ID!, $d: ID) {\n          webhookAttempts(endpointId: $e, deliveryId: $d, first: 100) {\n            totalCount\n            nodes {\n              attempt\n              outcome\n              statusCode\n              durationMs\n              responseExcerpt\n            }\n          }\n        }\n      ": types.PartnersWebhooksWebhookAttempts3Document,
    "\n        mutation PartnersWebhooksReplayWebhookDelivery($id: ID!) {\n          replayWebhookDelivery(id: $id) {\n            id\n            status\n            webhookId\n            replayOf\n          }\n        }\n      ": types.PartnersWebhooksReplayWebhookDeliveryDocument,
    "\n        mutation ReplayWebhookDeliveries($i: ReplayWebhookDeliveriesInput!) {\n          replayWebhookDeliveries(input: $i) {\n            queued\n          }\n        }\n      ": types.ReplayWebhookDeliveriesDocument,
    "\n        query PartnersWebhooksWebhookAttempts2($e: ID!) {\n          webhookAttempts(endpointId: $e, first: 5) {\n            nodes {\n              outcome\n              durationMs\n              error\n            }\n          }\n        }\n      ": types.PartnersWebhooksWebhookAttempts2Document,
    "\n        query PartnersWebhooksWebhookAttempts($e: ID!) {\n          webhookAttempts(endpointId: $e, first: 1) {\n            nodes {\n              outcome\n              statusCode\n              error\n            }\n          }\n        }\n      ": types.PartnersWebhooksWebhookAttemptsDocument,
    "\n        mutation DeleteWebhookEndpoint($id: ID!) {\n          deleteWebhookEndpoint(id: $id)\n        }\n      ": types.DeleteWebhookEndpointDocument,
    "\n        query PartnersWebhooksWebhookEndpoints {\n          webhookEndpoints(first: 10) {\n            totalCount\n          }\n        }\n      ": types.PartnersWebhooksWebhookEndpointsDocument,
    "\n        query PartnersWebhooksPull($after: SafeInt, $types: [String!]) {\n          couponEventLog(afterId: $after, eventTypes: $types, first: 100) {\n            id\n            eventType\n            merchantId\n            data {\n              __typename\n              eventId\n              couponId\n              ... on CouponIssuedData {\n                code\n                validUntil\n              }\n              ... on CouponRedeemedData {\n                orderId\n                discount\n              }\n            }\n          }\n        }\n      ": types.PartnersWebhooksPullDocument,
    "\n        query PartnersWebhooksPullBad {\n          couponEventLog(eventTypes: [\"coupon.exploded\"]) {\n            id\n          }\n        }\n      ": types.PartnersWebhooksPullBadDocument,
    "\n      mutation PartnersWebhooksSendTest($id: ID!, $type: String!) {\n        sendTestWebhookEvent(endpointId: $id, eventType: $type) {\n          webhookId\n          eventType\n          outcome\n          statusCode\n          body\n        }\n      }\n    ": types.PartnersWebhooksSendTestDocument,
    "\n      query PartnersWebhooksWebhookEndpoint($id: ID!) {\n        webhookEndpoint(id: $id) {\n          enabled\n          disabledReason\n          failingSince\n        }\n      }\n    ": types.PartnersWebhooksWebhookEndpointDocument,
    "\n  query PartitionsEventLog($c: ID) {\n    couponEventLog(afterId: 0, couponId: $c, first: 10) {\n      id\n    }\n  }\n": types.PartitionsEventLogDocument,
    "\n  query PartitionsCoupon($id: ID!) {\n    coupon(id: $id) {\n      id\n      status\n    }\n  }\n": types.PartitionsCouponDocument,
    "\n  mutation RetentionCreateEndpoint($i: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $i) {\n      endpoint {\n        id\n      }\n    }\n  }\n": types.RetentionCreateEndpointDocument,
    "\n  query RetentionCoupon($id: ID!) {\n    coupon(id: $id) {\n      id\n      status\n    }\n  }\n": types.RetentionCouponDocument,
    "\n  query RetentionEventLog($a: SafeInt, $c: ID) {\n    couponEventLog(afterId: $a, couponId: $c, first: 100) {\n      id\n      type\n      couponId\n    }\n  }\n": types.RetentionEventLogDocument,
    "\n  query RetentionMetrics($s: MetricsScope!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: $s, from: $from, to: $to) {\n      allPaidOrders\n      totals {\n        issued\n        claimed\n        paidOrders\n        couponOrders\n        revenue\n        margin\n        newCustomers\n      }\n      daily {\n        date\n        issued\n        paidOrders\n        revenue\n      }\n    }\n  }\n": types.RetentionMetricsDocument,
    "\n  query RetentionLtv {\n    ltv(groupBy: COHORT) {\n      customers\n      groups {\n        key\n        customers\n      }\n    }\n  }\n": types.RetentionLtvDocument,
    "\n  query RetentionExperiment($r: ID!, $w: Int) {\n    experiment(ruleId: $r, windowSeconds: $w) {\n      exposedUsers\n      measuredUsers\n      arms {\n        arm\n        users\n        conversion\n        revenuePerUser\n      }\n    }\n  }\n": types.RetentionExperimentDocument,
    "\n  mutation RetentionRebuild {\n    rebuildMetrics {\n      couponEvents\n      orders\n    }\n  }\n": types.RetentionRebuildDocument,
    "\n      mutation RulesBadInputPublishRule2($id: ID!) {\n        publishRule(id: $id) {\n          rule {\n            id\n          }\n        }\n      }\n    ": types.RulesBadInputPublishRule2Document,
    "\n      query RuleVersions($id: ID!) {\n        ruleVersions(ruleId: $id) {\n          version\n        }\n      }\n    ": types.RuleVersionsDocument,
    "\n        query RulesBadInputValidateRuleGraph($g: JSON!) {\n          validateRuleGraph(graph: $g) {\n            valid\n            issues {\n              code\n              nodeIds\n            }\n          }\n        }\n      ": types.RulesBadInputValidateRuleGraphDocument,
    "\n        mutation RulesBadInputCreateRule($i: CreateRuleInput!) {\n          createRule(input: $i) {\n            id\n          }\n        }\n      ": types.RulesBadInputCreateRuleDocument,
    "\n        query ValidateRuleGraph($g: JSON!) {\n          validateRuleGraph(graph: $g) {\n            valid\n            issues {\n              code\n              nodeIds\n              edgeIds\n            }\n          }\n        }\n      ": types.ValidateRuleGraphDocument,
    "\n        query CheckRule($id: ID!) {\n          checkRule(id: $id) {\n            valid\n            worstCaseSubsidyPerEvent\n            checks {\n              code\n            }\n          }\n        }\n      ": types.CheckRuleDocument,
    "\n        mutation RulesBadInputPublishRule($id: ID!) {\n          publishRule(id: $id) {\n            rule {\n              id\n            }\n          }\n        }\n      ": types.RulesBadInputPublishRuleDocument,
    "\n  query RulesBuilderNodeUsers($r: ID!, $f: DateTime!, $t: DateTime!, $v: Int) {\n    ruleNodeUsers(ruleId: $r, from: $f, to: $t, version: $v) {\n      version\n      from\n      to\n      relativeError\n      registers\n      nodes {\n        nodeId\n        users\n      }\n      ports {\n        nodeId\n        port\n        users\n      }\n    }\n  }\n": types.RulesBuilderNodeUsersDocument,
    "\n  query RulesBuilderRuleVersions($id: ID!) {\n    ruleVersions(ruleId: $id) {\n      version\n      note\n    }\n  }\n": types.RulesBuilderRuleVersionsDocument,
    "\n        mutation RulesBuilderPublishRule($id: ID!, $n: String) {\n          publishRule(id: $id, note: $n) {\n            rule {\n              activeVersion\n            }\n          }\n        }\n      ": types.RulesBuilderPublishRuleDocument,
    "\n        query RulesBuilderRules {\n          rules {\n            id\n            trigger\n            lastFiredAt\n            actionsToday\n          }\n        }\n      ": types.RulesBuilderRulesDocument,
    "\n        query RulesBuilderRuleFirings($id: ID!) {\n          ruleFirings(ruleId: $id, first: 500) {\n            acted\n            control\n            results\n          }\n        }\n      ": types.RulesBuilderRuleFiringsDocument,
    "\n        query RulesBuilderRuleExposures($id: ID!) {\n          ruleExposures(ruleId: $id) {\n            arm\n            control\n            users\n          }\n        }\n      ": types.RulesBuilderRuleExposuresDocument,
    "\n        mutation RulesBuilderDuplicateRule($id: ID!) {\n          duplicateRule(id: $id) {\n            id\n            name\n            status\n            draft\n            activeVersion\n          }\n        }\n      ": types.RulesBuilderDuplicateRuleDocument,
    "\n        query RulesBuilderEventTypes {\n          eventTypes {\n            name\n            properties {\n              name\n              type\n            }\n          }\n        }\n      ": types.RulesBuilderEventTypesDocument,
    "\n        mutation RulesBuilderCreateAudiences {\n          a: createAudience(input: { name: \"50%_vip\", kind: STATIC }) {\n            id\n          }\n          b: createAudience(input: { name: \"500 vip\", kind: STATIC }) {\n            id\n          }\n        }\n      ": types.RulesBuilderCreateAudiencesDocument,
    "\n        query RulesBuilderAudiences {\n          audiences(search: \"0%_\") {\n            name\n          }\n        }\n      ": types.RulesBuilderAudiencesDocument,
    "\n        query RulesBuilderTemplates {\n          templates(filter: { search: \"funnel\" }) {\n            nodes {\n              name\n            }\n          }\n        }\n      ": types.RulesBuilderTemplatesDocument,
    "\n        mutation RulesBuilderUpsertUserAttributes {\n          upsertUserAttributes(userId: \"attr-1\", attributes: { a_b: 1, axb: 2, plan: \"x\" }) {\n            userId\n          }\n        }\n      ": types.RulesBuilderUpsertUserAttributesDocument,
    "\n            query RulesBuilderUserAttributeKeys($s: String, $f: Int!) {\n              userAttributeKeys(search: $s, first: $f)\n            }\n          ": types.RulesBuilderUserAttributeKeysDocument,
    "\n        mutation PauseRule($id: ID!) {\n          pauseRule(id: $id) {\n            status\n          }\n        }\n      ": types.PauseRuleDocument,
    "\n        mutation ResumeRule($id: ID!) {\n          resumeRule(id: $id) {\n            status\n          }\n        }\n      ": types.ResumeRuleDocument,
    "\n        mutation RollbackRule($id: ID!) {\n          rollbackRule(id: $id, version: 1) {\n            activeVersion\n          }\n        }\n      ": types.RollbackRuleDocument,
    "\n        query RuleNodeCounts($r: ID!) {\n          ruleNodeCounts(ruleId: $r, version: 1) {\n            nodeId\n            ran\n            passed\n          }\n        }\n      ": types.RuleNodeCountsDocument,
    "\n        query RuleFirings($r: ID, $u: ID) {\n          ruleFirings(ruleId: $r, userId: $u) {\n            eventId\n            acted\n            results\n            trace\n          }\n        }\n      ": types.RuleFiringsDocument,
    "\n        mutation RulesEnginePauseRule($id: ID!) {\n          pauseRule(id: $id) {\n            status\n          }\n        }\n      ": types.RulesEnginePauseRuleDocument,
    "\n        mutation RulesEngineResumeRule($id: ID!) {\n          resumeRule(id: $id) {\n            status\n          }\n        }\n      ": types.RulesEngineResumeRuleDocument,
    "\n        mutation RulesEngineRollbackRule($id: ID!) {\n          rollbackRule(id: $id, version: 1) {\n            activeVersion\n            latestVersion\n            status\n          }\n        }\n      ": types.RulesEngineRollbackRuleDocument,
    "\n        query RulesEngineRuleVersions($id: ID!) {\n          ruleVersions(ruleId: $id) {\n            version\n            graph\n          }\n        }\n      ": types.RulesEngineRuleVersionsDocument,
    "\n      query Rule($id: ID!) {\n        rule(id: $id) {\n          activeVersion\n          latestVersion\n          validation {\n            valid\n          }\n        }\n      }\n    ": types.RuleDocument,
    "\n        mutation RulesEnginePublishRule($id: ID!) {\n          publishRule(id: $id) {\n            rule {\n              id\n            }\n          }\n        }\n      ": types.RulesEnginePublishRuleDocument,
    "\n  query RulesSimulateSimulateRule($g: JSON!, $f: JSON!, $s: Boolean) {\n    simulateRule(graph: $g, facts: $f, storedFacts: $s) {\n      actions\n      splitArm\n      trace\n    }\n  }\n": types.RulesSimulateSimulateRuleDocument,
    "\n        query ReplayRule($g: JSON!, $from: DateTime!, $to: DateTime!) {\n          replayRule(graph: $g, from: $from, to: $to) {\n            events\n            firings\n            users\n            worstCaseCost\n            expectedCost\n            issues {\n              templateId\n              count\n              users\n              maxValue\n              worstCaseCost\n              expectedCost\n            }\n          }\n        }\n      ": types.ReplayRuleDocument,
    "\n        query BlockCatalogue {\n          blockCatalogue {\n            code\n            category\n            argsSchema\n            ui\n          }\n        }\n      ": types.BlockCatalogueDocument,
    "\n          mutation RulesSimulateCreateRule($i: CreateRuleInput!) {\n            createRule(input: $i) {\n              id\n              status\n            }\n          }\n        ": types.RulesSimulateCreateRuleDocument,
    "\n        query RulesSimulateRules {\n          rules(status: DRAFT) {\n            id\n            status\n            mode\n          }\n        }\n      ": types.RulesSimulateRulesDocument,
    "\n        query Rules {\n          rules(status: ACTIVE) {\n            id\n          }\n        }\n      ": types.RulesDocument,
    "\n        query RulesSplitRuleExposures($r: ID!) {\n          ruleExposures(ruleId: $r) {\n            arm\n            control\n            users\n          }\n        }\n      ": types.RulesSplitRuleExposuresDocument,
    "\n        query RuleExposures($r: ID!) {\n          ruleExposures(ruleId: $r) {\n            users\n          }\n        }\n      ": types.RuleExposuresDocument,
    "\n  mutation RulesSupportTrack($e: [TrackEventInput!]!) {\n    track(events: $e) {\n      accepted\n      duplicates\n      rejected\n      firings\n      issued\n      errors {\n        index\n        eventId\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RulesSupportTrackDocument,
    "\n      mutation RulesSupportCreateRule($i: CreateRuleInput!) {\n        createRule(input: $i) {\n          id\n        }\n      }\n    ": types.RulesSupportCreateRuleDocument,
    "\n      mutation RulesSupportPublishRule($id: ID!) {\n        publishRule(id: $id) {\n          rule {\n            activeVersion\n            status\n          }\n        }\n      }\n    ": types.RulesSupportPublishRuleDocument,
    "\n      mutation UpdateRule($id: ID!, $g: JSON) {\n        updateRule(id: $id, input: { graph: $g }) {\n          id\n        }\n      }\n    ": types.UpdateRuleDocument,
    "\n  mutation ShareCreate($i: CreateShareInput!) {\n    createShare(input: $i) {\n      id\n      code\n      size\n      claimed\n      remaining\n      rewardState\n      description\n      replayed\n    }\n  }\n": types.ShareCreateDocument,
    "\n  mutation ShareClaim($i: ClaimShareInput!) {\n    claimShare(input: $i) {\n      __typename\n      ... on ShareClaimSuccess {\n        coupon {\n          id\n          templateId\n          userId\n        }\n        newUser\n        replayed\n        share {\n          claimed\n          remaining\n          rewardState\n        }\n      }\n      ... on ShareClaimRefused {\n        reason\n        share {\n          claimed\n        }\n      }\n    }\n  }\n": types.ShareClaimDocument,
    "\n  query ShareProgress($id: ID) {\n    share(id: $id) {\n      id\n      size\n      claimed\n      remaining\n      expired\n      rewardState\n      rewardCouponId\n      description\n    }\n  }\n": types.ShareProgressDocument,
    "\n  query ShareWallet($u: ID!) {\n    wallet(userId: $u) {\n      id\n      templateId\n      status\n    }\n  }\n": types.ShareWalletDocument,
    "\n  query ShareText($u: ID!) {\n    wallet(userId: $u) {\n      template {\n        summary\n      }\n    }\n  }\n": types.ShareTextDocument,
    "\n  query ShareEvents($t: ID!) {\n    couponEventLog(templateId: $t, first: 100) {\n      type\n      userId\n      payload\n    }\n  }\n": types.ShareEventsDocument,
    "\n  query ShareList($u: ID!) {\n    shares(userId: $u) {\n      id\n    }\n  }\n": types.ShareListDocument,
    "\n  query ShareMetrics($from: DateTime!, $to: DateTime!, $t: ID) {\n    sharingMetrics(from: $from, to: $to, templateId: $t) {\n      shares\n      claims\n      newUsers\n      newCustomers\n      orders\n      revenue\n    }\n  }\n": types.ShareMetricsDocument,
    "\n  query ShareViaSharing($from: DateTime!, $to: DateTime!, $t: ID!) {\n    metrics(scope: { kind: TEMPLATE, id: $t }, from: $from, to: $to) {\n      viaSharing {\n        claims\n        newCustomers\n        orders\n      }\n    }\n  }\n": types.ShareViaSharingDocument,
    "\n  mutation ShareLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n    }\n  }\n": types.ShareLockDocument,
    "\n  mutation ShareRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n    }\n  }\n": types.ShareRedeemDocument,
    "\n        mutation ShareBadTemplate($i: CreateTemplateInput!) {\n          createTemplate(input: $i) {\n            id\n          }\n        }\n      ": types.ShareBadTemplateDocument,
    "\n  query LookupTrackedEvents($type: String, $userId: ID, $first: Int! = 20) {\n    trackedEvents(type: $type, userId: $userId, first: $first) {\n      id\n      type\n      userId\n      properties\n    }\n  }\n": types.LookupTrackedEventsDocument,
    "\n        query LookupBehaviour($userId: ID!) {\n          userBehaviour(userId: $userId, days: 30) {\n            days\n            counts {\n              eventType\n              total\n              recent\n            }\n            sums {\n              eventType\n              property\n              total\n              recent\n            }\n          }\n        }\n      ": types.LookupBehaviourDocument,
    "\n        query LookupBadDays {\n          userBehaviour(userId: \"x\", days: 0) {\n            days\n          }\n        }\n      ": types.LookupBadDaysDocument,
    "\n        mutation LookupCreateAudience($i: CreateAudienceInput!) {\n          createAudience(input: $i) {\n            id\n          }\n        }\n      ": types.LookupCreateAudienceDocument,
    "\n        mutation LookupUpload($id: ID!, $csv: String!) {\n          uploadAudienceMembers(audienceId: $id, csv: $csv) {\n            added\n          }\n        }\n      ": types.LookupUploadDocument,
    "\n      query LookupUserAudiences($userId: ID!) {\n        userAudiences(userId: $userId) {\n          id\n          name\n        }\n      }\n    ": types.LookupUserAudiencesDocument,
    "\n        query LookupUserLog($userId: ID) {\n          couponEventLog(userId: $userId) {\n            type\n            couponId\n            userId\n          }\n        }\n      ": types.LookupUserLogDocument,
    "\n        mutation LookupCreateStaff($i: CreateStaffInput!) {\n          createStaffUser(input: $i) {\n            id\n          }\n        }\n      ": types.LookupCreateStaffDocument,
    "\n      query LookupStaff {\n        staffUsers {\n          email\n          role\n          disabled\n        }\n      }\n    ": types.LookupStaffDocument,
    "\n              query SimulateRule($g: JSON!, $f: JSON!) {\n                simulateRule(graph: $g, facts: $f, storedFacts: true) {\n                  trace\n                }\n              }\n            ": types.SimulateRuleDocument,
    "\n  mutation DefineEventType($i: DefineEventTypeInput!) {\n    defineEventType(input: $i) {\n      name\n      builtin\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n": types.DefineEventTypeDocument,
    "\n        query EventTypes {\n          eventTypes {\n            name\n            builtin\n          }\n        }\n      ": types.EventTypesDocument,
    "\n        mutation UpsertUserAttributes {\n          upsertUserAttributes(userId: \"attr-1\", attributes: { tier: \"VIP\", platform: \"ios\" }) {\n            userId\n          }\n        }\n      ": types.UpsertUserAttributesDocument,
    "\n        query TrackingUserProfile {\n          userProfile(userId: \"attr-1\") {\n            attributes\n          }\n        }\n      ": types.TrackingUserProfileDocument,
    "\n        query UserProfile {\n          userProfile(userId: \"attr-none\") {\n            attributes\n          }\n        }\n      ": types.UserProfileDocument,
    "\n        mutation TrackingPauseRule($id: ID!) {\n          pauseRule(id: $id) {\n            id\n          }\n        }\n      ": types.TrackingPauseRuleDocument,
    "\n      mutation ServerLogin($e: String!, $p: String!) {\n        login(email: $e, password: $p) {\n          token\n        }\n      }\n    ": types.ServerLoginDocument,
    "\n      mutation ServerCreateApiKey($i: CreateApiKeyInput!) {\n        createApiKey(input: $i) {\n          key\n        }\n      }\n    ": types.ServerCreateApiKeyDocument,
    "\n      mutation ServerCreateTemplate($i: CreateTemplateInput!) {\n        createTemplate(input: $i) {\n          id\n          campaignId\n        }\n      }\n    ": types.ServerCreateTemplateDocument,
    "\n  mutation ClaimCoupon($i: ClaimInput!) {\n    claimCoupon(input: $i) {\n      __typename\n      ... on ClaimSuccess {\n        replayed\n        coupon {\n          id\n          code\n          status\n          userId\n          templateId\n          validFrom\n          validUntil\n          isNew\n        }\n      }\n      ... on ClaimRefused {\n        reason\n        message\n        replayed\n        retryAfterSeconds\n      }\n    }\n  }\n": types.ClaimCouponDocument,
    "\n  subscription CouponEvents($filter: CouponEventFilter, $afterId: SafeInt) {\n    couponEvents(filter: $filter, afterId: $afterId) {\n      id\n      type\n      couponId\n      templateId\n      campaignId\n      merchantId\n      userId\n      payload\n      createdAt\n    }\n  }\n": types.CouponEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ConsoleBenchCreateRule($i: CreateRuleInput!) {\n            createRule(input: $i) {\n              id\n            }\n          }\n        "): typeof import('./graphql').ConsoleBenchCreateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Track($e: [TrackEventInput!]!) {\n    track(events: $e) {\n      accepted\n      rejected\n      issued\n    }\n  }\n"): typeof import('./graphql').TrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateRule($i: CreateRuleInput!) {\n            createRule(input: $i) {\n              id\n            }\n          }\n        "): typeof import('./graphql').CreateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PublishRule($id: ID!) {\n            publishRule(id: $id) {\n              rule {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql').PublishRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $i) {\n            secret\n            endpoint {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpdateWebhookEndpoint($id: ID!, $c: Int!) {\n          updateWebhookEndpoint(id: $id, input: { maxConcurrency: $c }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ScaleCreateCampaign {\n            createCampaign(input: { name: \"scale budget\", budget: 200000 }) {\n              id\n            }\n          }\n        "): typeof import('./graphql').ScaleCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Template($id: ID!) {\n        template(id: $id) {\n          issuedCount\n          quotaAvailable\n          quotaTotal\n        }\n      }\n    "): typeof import('./graphql').TemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IssueCoupons($i: IssueCouponInput!) {\n          issueCoupons(input: $i) {\n            coupon {\n              id\n            }\n            reason\n          }\n        }\n      "): typeof import('./graphql').IssueCouponsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkloadsQuote($cart: CartInput!) {\n    quote(cart: $cart) {\n      subtotal\n      best {\n        couponIds\n        totalDiscount\n        payable\n        coupons {\n          couponId\n          stackGroup\n          discount\n          remainingBalance\n        }\n      }\n      items {\n        applicable\n        reason\n        shortBy\n        discount\n        inBest\n        coupon {\n          id\n          code\n          validUntil\n          template {\n            name\n            kind\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkloadsQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BrowserAudiencesTrack($e: [TrackEventInput!]!) {\n          track(events: $e) {\n            accepted\n          }\n        }\n      "): typeof import('./graphql').BrowserAudiencesTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrowserIssuingJob($id: ID!) {\n          bulkIssueJob(id: $id) {\n            total\n            issued\n            heldOut\n            skipped\n            failed\n            percent\n          }\n        }\n      "): typeof import('./graphql').BrowserIssuingJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BrowserTemplateCount {\n        templates(first: 1) {\n          totalCount\n        }\n      }\n    "): typeof import('./graphql').BrowserTemplateCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation BrowserCreateCampaign($i: CreateCampaignInput!) {\n        createCampaign(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').BrowserCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrowserCampaign($id: ID!) {\n          campaign(id: $id) {\n            name\n            budget\n            status\n          }\n        }\n      "): typeof import('./graphql').BrowserCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrowserTemplateKinds {\n          templates(first: 50) {\n            nodes {\n              name\n              kind\n              status\n              quotaTotal\n            }\n          }\n        }\n      "): typeof import('./graphql').BrowserTemplateKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrowserTemplateCodes($id: ID!) {\n          template(id: $id) {\n            status\n            codes {\n              unused\n            }\n          }\n        }\n      "): typeof import('./graphql').BrowserTemplateCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrowserEditedTemplate($id: ID!) {\n          template(id: $id) {\n            name\n            quotaTotal\n            amount\n          }\n        }\n      "): typeof import('./graphql').BrowserEditedTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrowserTemplateTotal {\n          templates(first: 1) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').BrowserTemplateTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BrowserEventTypes {\n          eventTypes {\n            name\n            builtin\n            properties {\n              name\n              type\n              required\n            }\n          }\n        }\n      "): typeof import('./graphql').BrowserEventTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RuleBuilderCreateApiKey($i: CreateApiKeyInput!) {\n        createApiKey(input: $i) {\n          key\n        }\n      }\n    "): typeof import('./graphql').RuleBuilderCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RuleBuilderTrack($e: [TrackEventInput!]!) {\n        track(events: $e) {\n          accepted\n          issued\n        }\n      }\n    "): typeof import('./graphql').RuleBuilderTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RuleBuilderWallet($u: ID!) {\n          wallet(userId: $u) {\n            templateId\n            status\n          }\n        }\n      "): typeof import('./graphql').RuleBuilderWalletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RuleBuilderRuleState($id: ID!) {\n          rule(id: $id) {\n            status\n            activeVersion\n          }\n        }\n      "): typeof import('./graphql').RuleBuilderRuleStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BrowserVersionsUpdateRule($id: ID!, $i: UpdateRuleInput!) {\n          updateRule(id: $id, input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').BrowserVersionsUpdateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BrowserVersionsPublishRule($id: ID!, $n: String) {\n          publishRule(id: $id, note: $n) {\n            rule {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').BrowserVersionsPublishRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ArrangeCreateRule($i: CreateRuleInput!) {\n        createRule(input: $i) {\n          id\n          name\n        }\n      }\n    "): typeof import('./graphql').ArrangeCreateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ArrangePublishRule($id: ID!) {\n        publishRule(id: $id) {\n          rule {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').ArrangePublishRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ArrangePauseRule($id: ID!) {\n          pauseRule(id: $id) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ArrangePauseRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ArrangeRuleState($id: ID!) {\n        rule(id: $id) {\n          name\n          status\n          mode\n          draft\n          activeVersion\n        }\n      }\n    "): typeof import('./graphql').ArrangeRuleStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ArrangePaidOrder($e: [TrackEventInput!]!) {\n        track(events: $e) {\n          accepted\n          issued\n          errors {\n            message\n          }\n        }\n      }\n    "): typeof import('./graphql').ArrangePaidOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HarnessCreateStaff($i: CreateStaffInput!) {\n          createStaffUser(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').HarnessCreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MeasureCreateCampaign($i: CreateCampaignInput!) {\n        createCampaign(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').MeasureCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MeasureCreateAudience($i: CreateAudienceInput!) {\n        createAudience(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').MeasureCreateAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MeasureUploadAudience($a: ID!, $csv: String!) {\n        uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {\n          added\n        }\n      }\n    "): typeof import('./graphql').MeasureUploadAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeasureTrack($e: [TrackEventInput!]!) {\n    track(events: $e) {\n      accepted\n      errors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').MeasureTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeasureLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n    }\n  }\n"): typeof import('./graphql').MeasureLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeasureRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n    }\n  }\n"): typeof import('./graphql').MeasureRedeemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MeasureCreateRule($i: CreateRuleInput!) {\n        createRule(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').MeasureCreateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MeasurePublishRule($id: ID!) {\n        publishRule(id: $id) {\n          rule {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').MeasurePublishRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MeasureRuleMode($id: ID!) {\n        rule(id: $id) {\n          mode\n        }\n      }\n    "): typeof import('./graphql').MeasureRuleModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiConventionsTemplateCount {\n    templates(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ApiConventionsTemplateCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApiConventionsCreateTemplate($i: CreateTemplateInput!) {\n          createTemplate(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ApiConventionsCreateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ApiConventionsQuote($c: CartInput!) {\n        quote(cart: $c) {\n          currency\n          subtotal\n          errors {\n            code\n          }\n          best {\n            totalDiscount\n            payable\n          }\n        }\n      }\n    "): typeof import('./graphql').ApiConventionsQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ApiConventionsTransitionCampaign($id: ID!, $a: CampaignAction!) {\n      transitionCampaign(id: $id, action: $a) {\n        campaign {\n          id\n          status\n        }\n        errors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): typeof import('./graphql').ApiConventionsTransitionCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApiConventionsCreateCampaign {\n          createCampaign(input: { name: \"steps\", budget: 10000 }) {\n            id\n            status\n          }\n        }\n      "): typeof import('./graphql').ApiConventionsCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApiConventionsPauseCampaign($id: ID!) {\n          pauseCampaign(id: $id) {\n            status\n          }\n        }\n      "): typeof import('./graphql').ApiConventionsPauseCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiConventionsTransitionTemplate($id: ID!, $a: TemplateAction!) {\n        transitionTemplate(id: $id, action: $a) {\n          template {\n            id\n            status\n          }\n          errors {\n            field\n            code\n          }\n        }\n      }\n    "): typeof import('./graphql').ApiConventionsTransitionTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiConventionsLock($i: LockInput!) {\n        lockCoupons(input: $i) {\n          locked\n          problems {\n            couponId\n            reason\n          }\n          errors {\n            field\n            message\n            code\n          }\n        }\n      }\n    "): typeof import('./graphql').ApiConventionsLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApiConventionsRelease {\n          releaseOrder(orderId: \"errors-o2\") {\n            status\n          }\n        }\n      "): typeof import('./graphql').ApiConventionsReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiConventionsRedeem($o: ID!) {\n        redeemOrder(orderId: $o) {\n          ok\n          status\n          totalDiscount\n          errors {\n            field\n            message\n            code\n          }\n        }\n      }\n    "): typeof import('./graphql').ApiConventionsRedeemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ApiConventionsCreateEndpoint($i: CreateWebhookEndpointInput!) {\n      createWebhookEndpoint(input: $i) {\n        endpoint {\n          id\n          events\n          eventTypes\n        }\n      }\n    }\n  "): typeof import('./graphql').ApiConventionsCreateEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ApiConventionsEndpoints {\n      webhookEndpoints(first: 100) {\n        totalCount\n      }\n    }\n  "): typeof import('./graphql').ApiConventionsEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiConventionsUpdateEndpoint($id: ID!, $i: UpdateWebhookEndpointInput!) {\n        updateWebhookEndpoint(id: $id, input: $i) {\n          events\n        }\n      }\n    "): typeof import('./graphql').ApiConventionsUpdateEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ApiConventionsEventLog($t: ID, $types: [String!]) {\n        couponEventLog(templateId: $t, eventTypes: $types, first: 100) {\n          eventType\n        }\n      }\n    "): typeof import('./graphql').ApiConventionsEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ApiConventionsCreateStaff($i: CreateStaffInput!) {\n        createStaffUser(input: $i) {\n          id\n          role\n          access\n        }\n      }\n    "): typeof import('./graphql').ApiConventionsCreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ApiConventionsUpdateStaff($i: UpdateStaffInput!) {\n          updateStaffUser(input: $i) {\n            role\n            access\n          }\n        }\n      "): typeof import('./graphql').ApiConventionsUpdateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation AudiencesCreateAudience2($i: CreateAudienceInput!) {\n        createAudience(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').AudiencesCreateAudience2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsAudienceMember($a: ID!, $u: ID!) {\n          isAudienceMember(audienceId: $a, userId: $u)\n        }\n      "): typeof import('./graphql').IsAudienceMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AudiencesAudiencePreview($e: JSON) {\n          audiencePreview(expression: $e, sample: 10) {\n            size\n            sample\n          }\n        }\n      "): typeof import('./graphql').AudiencesAudiencePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AudiencesAudienceMembers($a: ID!) {\n          audienceMembers(audienceId: $a, first: 2) {\n            userIds\n            hasNextPage\n            endCursor\n          }\n        }\n      "): typeof import('./graphql').AudiencesAudienceMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AudiencesCreateAudience($i: CreateAudienceInput!) {\n          createAudience(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').AudiencesCreateAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateAudience($i: CreateAudienceInput!) {\n          createAudience(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').CreateAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AudiencesNestedPreview($a: ID) {\n            audiencePreview(audienceId: $a, sample: 10) {\n              size\n              sample\n            }\n          }\n        "): typeof import('./graphql').AudiencesNestedPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AudiencesUpdateAudience($id: ID!, $i: UpdateAudienceInput!) {\n          updateAudience(id: $id, input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').AudiencesUpdateAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AudiencesTemplate($id: ID!) {\n          template(id: $id) {\n            audienceIds\n          }\n        }\n      "): typeof import('./graphql').AudiencesTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateTemplate($i: CreateTemplateInput!) {\n          createTemplate(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').CreateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AudiencesDeleteAudience($id: ID!) {\n          deleteAudience(id: $id)\n        }\n      "): typeof import('./graphql').AudiencesDeleteAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DeleteAudience($id: ID!) {\n            deleteAudience(id: $id)\n          }\n        "): typeof import('./graphql').DeleteAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AudiencesUploadAudienceMembers($a: ID!, $csv: String!, $r: Boolean!) {\n            uploadAudienceMembers(audienceId: $a, csv: $csv, replace: $r) {\n              rows\n              added\n              size\n              invalid {\n                line\n                value\n              }\n            }\n          }\n        "): typeof import('./graphql').AudiencesUploadAudienceMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AudiencePreview($a: ID) {\n          audiencePreview(audienceId: $a, sample: 3) {\n            size\n            sample\n          }\n        }\n      "): typeof import('./graphql').AudiencePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AudienceMembers($a: ID!) {\n          audienceMembers(audienceId: $a, first: 5, after: \"imp-0499997\") {\n            userIds\n            hasNextPage\n          }\n        }\n      "): typeof import('./graphql').AudienceMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UploadAudienceMembers($a: ID!, $csv: String!) {\n          uploadAudienceMembers(audienceId: $a, csv: $csv) {\n            added\n          }\n        }\n      "): typeof import('./graphql').UploadAudienceMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IssueToAudience($t: ID!, $a: ID!) {\n          issueToAudience(templateId: $t, audienceId: $a) {\n            id\n            total\n          }\n        }\n      "): typeof import('./graphql').IssueToAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query BulkIssueJob($id: ID!) {\n              bulkIssueJob(id: $id) {\n                status\n                issued\n              }\n            }\n          "): typeof import('./graphql').BulkIssueJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Audience($id: ID!) {\n          audience(id: $id) {\n            size\n          }\n        }\n      "): typeof import('./graphql').AudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CreateStaffUser($i: CreateStaffInput!) {\n        createStaffUser(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').CreateStaffUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation BadInputLogin($e: String!) {\n        login(email: $e, password: \"a-long-password\") {\n          token\n        }\n      }\n    "): typeof import('./graphql').BadInputLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CreateUserToken {\n        createUserToken(input: { userId: \"alice\" })\n      }\n    "): typeof import('./graphql').CreateUserTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputQuote($c: CartInput!) {\n    quote(cart: $c) {\n      subtotal\n    }\n  }\n"): typeof import('./graphql').BadInputQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BadInputTemplate {\n            template(id: \"tpl_nope\") {\n              id\n            }\n          }\n        "): typeof import('./graphql').BadInputTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Coupon {\n            coupon(id: \"1 OR 1=1\") {\n              id\n            }\n          }\n        "): typeof import('./graphql').CouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation BadInputCreateTemplate($i: CreateTemplateInput!) {\n        createTemplate(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').BadInputCreateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation Login {\n            login(email: \"admin@test.local\", password: \"wrong\") {\n              token\n            }\n          }\n        "): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CreateApiKey {\n            createApiKey(input: { name: \"x\", scopes: [CHECKOUT] }) {\n              key\n            }\n          }\n        "): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BadInputWallet {\n            wallet(userId: \"bob\") {\n              id\n            }\n          }\n        "): typeof import('./graphql').BadInputWalletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation BadInputRedeemOrder {\n            redeemOrder(orderId: \"o1\") {\n              ok\n            }\n          }\n        "): typeof import('./graphql').BadInputRedeemOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BadInputTemplates {\n            templates {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').BadInputTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RedeemOrder {\n            redeemOrder(orderId: \"no-such-order\") {\n              ok\n            }\n          }\n        "): typeof import('./graphql').RedeemOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BadInputWallet2 {\n        wallet(userId: \"u1\") {\n          template {\n            scope {\n              merchantIds\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').BadInputWallet2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Templates {\n            templates(first: 101) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').TemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Wallet {\n          wallet {\n            userId\n          }\n        }\n      "): typeof import('./graphql').WalletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MechanicsQuote($c: CartInput!) {\n    quote(cart: $c) {\n      items {\n        coupon {\n          id\n        }\n        applicable\n        reason\n        discount\n      }\n      best {\n        couponIds\n        totalDiscount\n        payable\n      }\n    }\n  }\n"): typeof import('./graphql').MechanicsQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MechanicsLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n      problems {\n        couponId\n        reason\n      }\n      applied {\n        couponIds\n        totalDiscount\n        payable\n      }\n    }\n  }\n"): typeof import('./graphql').MechanicsLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MechanicsRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n      totalDiscount\n      coupons {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').MechanicsRedeemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MechanicsCreateTemplate($i: CreateTemplateInput!) {\n    createTemplate(input: $i) {\n      id\n      maxValue\n      applyTo\n      maxUnits\n      minQuantity\n      buyQuantity\n      getQuantity\n      maxApplications\n    }\n  }\n"): typeof import('./graphql').MechanicsCreateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MechanicsTemplates($s: String!) {\n    templates(filter: { search: $s }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MechanicsTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MechanicsCampaign {\n    createCampaign(input: { name: \"mechanics\", budget: 100000 }) {\n      id\n    }\n  }\n"): typeof import('./graphql').MechanicsCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MechanicsWallet($u: ID!) {\n    wallet(userId: $u) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').MechanicsWalletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MechanicsShort($c: CartInput!) {\n          quote(cart: $c) {\n            items {\n              applicable\n              reason\n              shortBy\n            }\n          }\n        }\n      "): typeof import('./graphql').MechanicsShortDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShippingQuote($c: CartInput!) {\n    quote(cart: $c) {\n      subtotal\n      shippingAmount\n      items {\n        coupon {\n          id\n          template {\n            summary\n          }\n        }\n        applicable\n        reason\n        discount\n      }\n      best {\n        couponIds\n        totalDiscount\n        goodsDiscount\n        shipping {\n          amount\n          discount\n          payable\n        }\n        payable\n        coupons {\n          couponId\n          discount\n          shippingDiscount\n          remainingBalance\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ShippingQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShippingLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n      problems {\n        couponId\n        reason\n      }\n      applied {\n        couponIds\n        totalDiscount\n        goodsDiscount\n        shipping {\n          amount\n          discount\n          payable\n        }\n        payable\n        coupons {\n          couponId\n          discount\n          shippingDiscount\n          remainingBalance\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ShippingLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShippingRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n      totalDiscount\n      coupons {\n        id\n        status\n        balance\n      }\n    }\n  }\n"): typeof import('./graphql').ShippingRedeemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShippingCreateTemplate($i: CreateTemplateInput!) {\n    createTemplate(input: $i) {\n      id\n      maxValue\n      stackGroup\n      summary\n      multiplePerOrder\n      getScope {\n        includeCategories\n      }\n    }\n  }\n"): typeof import('./graphql').ShippingCreateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShippingTemplates($s: String!) {\n    templates(filter: { search: $s }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ShippingTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShippingCampaign($n: String!) {\n    createCampaign(input: { name: $n, budget: 100000 }) {\n      id\n    }\n  }\n"): typeof import('./graphql').ShippingCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShippingCampaignRead($id: ID!) {\n    campaign(id: $id) {\n      spent\n      reserved\n    }\n  }\n"): typeof import('./graphql').ShippingCampaignReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShippingWallet($u: ID!) {\n    wallet(userId: $u) {\n      id\n      status\n      balance\n    }\n  }\n"): typeof import('./graphql').ShippingWalletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutQuote($c: CartInput!) {\n    quote(cart: $c) {\n      subtotal\n      items {\n        coupon {\n          id\n        }\n        applicable\n        reason\n        shortBy\n        discount\n        inBest\n      }\n      inapplicable {\n        coupon {\n          id\n        }\n        reason\n      }\n      best {\n        couponIds\n        totalDiscount\n        payable\n        coupons {\n          couponId\n          stackGroup\n          discount\n          lines {\n            index\n            discount\n          }\n        }\n        lines {\n          index\n          amount\n          discount\n          payable\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CheckoutQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckoutLockCoupons($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n      replayed\n      lockExpiresAt\n      problems {\n        couponId\n        reason\n        shortBy\n      }\n      applied {\n        couponIds\n        totalDiscount\n        payable\n      }\n    }\n  }\n"): typeof import('./graphql').CheckoutLockCouponsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckoutRedeemOrder($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n      status\n      totalDiscount\n      replayed\n      coupons {\n        id\n        status\n        balance\n      }\n    }\n  }\n"): typeof import('./graphql').CheckoutRedeemOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckoutReleaseOrder($o: ID!) {\n    releaseOrder(orderId: $o) {\n      status\n      replayed\n      coupons {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CheckoutReleaseOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundOrder($o: ID!) {\n    refundOrder(orderId: $o) {\n      status\n      replayed\n      coupons {\n        id\n        status\n        balance\n      }\n    }\n  }\n"): typeof import('./graphql').RefundOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Quote($c: CartInput!) {\n          quote(cart: $c) {\n            items {\n              coupon {\n                id\n                validUntil\n                balance\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').QuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query QuoteFieldsWallet {\n          wallet(userId: \"q-fields\") {\n            ...QuoteAllCouponFields\n          }\n        }\n        fragment QuoteAllCouponFields on Coupon {\n          id\n          code\n          templateId\n          campaignId\n          userId\n          status\n          source\n          ruleId\n          ruleVersion\n          placement\n          issuedAt\n          validFrom\n          validUntil\n          seenAt\n          isNew\n          balance\n          lockedOrderId\n          lockExpiresAt\n          redeemedOrderId\n          redeemedAt\n          template {\n            id\n            name\n          }\n          __typename\n        }\n      "): typeof import('./graphql').QuoteFieldsWalletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query QuoteFieldsAll($c: CartInput!) {\n          quote(cart: $c) {\n            items {\n              coupon {\n                ...QuoteAllCouponFields\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').QuoteFieldsAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query QuoteFieldsBrief($c: CartInput!) {\n          quote(cart: $c) {\n            items {\n              coupon {\n                couponId: id\n                code\n                ... on Coupon {\n                  templateId\n                  campaignId\n                  userId\n                  status\n                  validFrom\n                  validUntil\n                  balance\n                  lockedOrderId\n                  lockExpiresAt\n                  template {\n                    id\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').QuoteFieldsBriefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query QuoteFieldsNode($c: CartInput!) {\n          quote(cart: $c) {\n            best {\n              couponIds\n            }\n            items {\n              coupon {\n                id\n                ... on Node {\n                  id\n                }\n                ...QuoteIssuedAt\n              }\n            }\n          }\n        }\n        fragment QuoteIssuedAt on Coupon {\n          issuedAt\n          source\n        }\n      "): typeof import('./graphql').QuoteFieldsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CheckoutCreateCampaign {\n          createCampaign(input: { name: \"co\", budget: 100000 }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').CheckoutCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query Campaign($id: ID!) {\n              campaign(id: $id) {\n                spent\n                reserved\n                budgetStatus {\n                  headroom\n                }\n              }\n            }\n          "): typeof import('./graphql').CampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CouponEventLog($c: ID!) {\n          couponEventLog(couponId: $c) {\n            type\n          }\n        }\n      "): typeof import('./graphql').CouponEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CheckoutWallet3 {\n          wallet(userId: \"q6\") {\n            id\n            status\n          }\n        }\n      "): typeof import('./graphql').CheckoutWallet3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CheckoutWallet2 {\n          wallet(userId: \"q8\", expiringWithinHours: 2) {\n            id\n            isNew\n          }\n        }\n      "): typeof import('./graphql').CheckoutWallet2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MarkCouponsSeen($ids: [ID!]!) {\n          markCouponsSeen(userId: \"q8\", couponIds: $ids)\n        }\n      "): typeof import('./graphql').MarkCouponsSeenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CheckoutWallet {\n          wallet(userId: \"q8\") {\n            id\n            isNew\n          }\n        }\n      "): typeof import('./graphql').CheckoutWalletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CreateCampaign {\n          createCampaign(input: { name: \"11.11 page\" }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').CreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CouponCenter($p: PlacementInput) {\n        couponCenter(userId: \"q9\", placement: $p) {\n          template {\n            id\n          }\n          claimable\n          reason\n          claimedCount\n        }\n      }\n    "): typeof import('./graphql').CouponCenterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefusedClaimsPage($userId: ID!, $first: Int!, $after: String) {\n    refusedClaims(userId: $userId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        userId\n        templateId\n        template {\n          name\n        }\n        reason\n        message\n        source\n        deviceId\n        cookieId\n        placement\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').RefusedClaimsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterTemplate($id: ID!) {\n    template(id: $id) {\n      quotaAvailable\n      issuedCount\n    }\n  }\n"): typeof import('./graphql').ClusterTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClusterUpdateQuota($id: ID!, $quotaTotal: Int) {\n    updateTemplate(id: $id, input: { quotaTotal: $quotaTotal }) {\n      quotaAvailable\n      issuedCount\n    }\n  }\n"): typeof import('./graphql').ClusterUpdateQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ClusterCreateCampaign {\n          createCampaign(input: { name: \"cluster budget\", budget: 20000 }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ClusterCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ClusterCouponEventLog($t: ID!) {\n          couponEventLog(templateId: $t) {\n            type\n          }\n        }\n      "): typeof import('./graphql').ClusterCouponEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ClaimsTemplate($id: ID!) {\n          template(id: $id) {\n            quotaAvailable\n            issuedCount\n          }\n        }\n      "): typeof import('./graphql').ClaimsTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LockCoupons($i: LockInput!) {\n          lockCoupons(input: $i) {\n            locked\n          }\n        }\n      "): typeof import('./graphql').LockCouponsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ClaimsRedeemOrder {\n          redeemOrder(orderId: \"order-au-1\") {\n            ok\n          }\n        }\n      "): typeof import('./graphql').ClaimsRedeemOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PauseTemplate($id: ID!) {\n          pauseTemplate(id: $id) {\n            status\n          }\n        }\n      "): typeof import('./graphql').PauseTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation EndTemplate($id: ID!) {\n          endTemplate(id: $id) {\n            status\n          }\n        }\n      "): typeof import('./graphql').EndTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ClaimsCreateCampaign {\n          createCampaign(input: { name: \"b\", budget: 2000 }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ClaimsCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ClaimsCouponEventLog($t: ID!) {\n          couponEventLog(templateId: $t) {\n            type\n          }\n        }\n      "): typeof import('./graphql').ClaimsCouponEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MintCodes($i: MintCodesInput!) {\n          mintCodes(input: $i) {\n            count\n            sample\n          }\n        }\n      "): typeof import('./graphql').MintCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ClaimByCode($i: ClaimByCodeInput!) {\n        claimByCode(input: $i) {\n          __typename\n          ... on ClaimSuccess {\n            coupon {\n              code\n              templateId\n            }\n          }\n          ... on ClaimRefused {\n            reason\n          }\n        }\n      }\n    "): typeof import('./graphql').ClaimByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvCreateCampaign($i: CreateCampaignInput!) {\n    createCampaign(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').InvCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvBudget($id: ID!) {\n    campaign(id: $id) {\n      spent\n      reserved\n    }\n  }\n"): typeof import('./graphql').InvBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvQuote($i: InvestmentInput!) {\n    quoteInvestment(input: $i) {\n      principal\n      termDays\n      baseInterest\n      items {\n        coupon {\n          id\n          status\n          template {\n            summary\n          }\n        }\n        applicable\n        reason\n        shortBy\n        bonus\n        inBest\n      }\n      best {\n        couponIds\n        totalBonus\n      }\n    }\n  }\n"): typeof import('./graphql').InvQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvLock($i: LockInvestmentInput!) {\n    lockInvestment(input: $i) {\n      investmentId\n      locked\n      replayed\n      couponIds\n      totalBonus\n      problems {\n        couponId\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').InvLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvRedeem($id: ID!) {\n    redeemInvestment(investmentId: $id) {\n      ok\n      status\n      totalDiscount\n      replayed\n      coupons {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').InvRedeemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvRelease($id: ID!) {\n    releaseInvestment(investmentId: $id) {\n      status\n      replayed\n      coupons {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').InvReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvRefund($id: ID!) {\n    refundInvestment(investmentId: $id) {\n      status\n      replayed\n      coupons {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').InvRefundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvEvents($c: ID!) {\n    couponEventLog(couponId: $c) {\n      type\n      payload\n    }\n  }\n"): typeof import('./graphql').InvEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuanceRulesCreateTemplate($i: CreateTemplateInput!) {\n    createTemplate(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').IssuanceRulesCreateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IssuanceRulesCreateBudgetedCampaign {\n          createCampaign(input: { name: \"gifts\", budget: 100000 }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').IssuanceRulesCreateBudgetedCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IssuanceRulesCreateValuedTemplate($i: CreateTemplateInput!) {\n          createTemplate(input: $i) {\n            id\n            maxValue\n          }\n        }\n      "): typeof import('./graphql').IssuanceRulesCreateValuedTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IssuanceRulesCreateOpenCampaign {\n          createCampaign(input: { name: \"open\" }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').IssuanceRulesCreateOpenCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IssuanceRulesBudgetCampaign($id: ID!) {\n          updateCampaign(id: $id, input: { budget: 5000 }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').IssuanceRulesBudgetCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IssuanceRulesCreateAudience($i: CreateAudienceInput!) {\n          createAudience(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').IssuanceRulesCreateAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IssuanceRulesUploadMembers($a: ID!, $csv: String!) {\n          uploadAudienceMembers(audienceId: $a, csv: $csv) {\n            size\n          }\n        }\n      "): typeof import('./graphql').IssuanceRulesUploadMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query IssuanceRulesCouponCenter($u: ID!) {\n              couponCenter(userId: $u) {\n                template {\n                  id\n                }\n                claimable\n                reason\n              }\n            }\n          "): typeof import('./graphql').IssuanceRulesCouponCenterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldoutCreateAudience($i: CreateAudienceInput!) {\n    createAudience(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql').HoldoutCreateAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldoutUpload($a: ID!, $csv: String!) {\n    uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {\n      size\n    }\n  }\n"): typeof import('./graphql').HoldoutUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldoutIssue($t: ID!, $a: ID!, $h: Float) {\n    issueToAudience(templateId: $t, audienceId: $a, holdoutPercent: $h) {\n      id\n      total\n      holdoutPercent\n    }\n  }\n"): typeof import('./graphql').HoldoutIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HoldoutJob($id: ID!) {\n    bulkIssueJob(id: $id) {\n      status\n      total\n      processed\n      issued\n      heldOut\n      skipped\n      failed\n      percent\n      holdoutPercent\n    }\n  }\n"): typeof import('./graphql').HoldoutJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldoutStart($i: BulkIssueInput!) {\n    startBulkIssue(input: $i) {\n      id\n      holdoutPercent\n    }\n  }\n"): typeof import('./graphql').HoldoutStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HoldoutExperiment($j: ID!, $w: Int) {\n    jobExperiment(jobId: $j, windowSeconds: $w) {\n      jobId\n      holdoutPercent\n      exposedUsers\n      measuredUsers\n      srm {\n        mismatch\n      }\n      arms {\n        arm\n        control\n        users\n        conversion\n        revenuePerUser\n        subsidy\n      }\n      lifts {\n        metric\n        arm\n        absolute {\n          estimate\n          low\n          high\n        }\n      }\n      incrementalProfit {\n        treatedUsers\n        estimate\n      }\n    }\n  }\n"): typeof import('./graphql').HoldoutExperimentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LifecycleCoupon($id: ID!) {\n        coupon(id: $id) {\n          status\n        }\n      }\n    "): typeof import('./graphql').LifecycleCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LifecycleCouponEventLog($t: ID!) {\n          couponEventLog(templateId: $t) {\n            type\n          }\n        }\n      "): typeof import('./graphql').LifecycleCouponEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query LifecycleTemplate($id: ID!) {\n            template(id: $id) {\n              quotaAvailable\n              quotaBatches {\n                releasedAt\n              }\n            }\n          }\n        "): typeof import('./graphql').LifecycleTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LifecycleCreateCampaign {\n          createCampaign(input: { name: \"locks\", budget: 10000 }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').LifecycleCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LifecycleLockCoupons($i: LockInput!) {\n          lockCoupons(input: $i) {\n            locked\n          }\n        }\n      "): typeof import('./graphql').LifecycleLockCouponsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LifecycleCampaign($id: ID!) {\n          campaign(id: $id) {\n            reserved\n          }\n        }\n      "): typeof import('./graphql').LifecycleCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LifecycleRedeemOrder {\n          redeemOrder(orderId: \"lapse-1\") {\n            ok\n            status\n          }\n        }\n      "): typeof import('./graphql').LifecycleRedeemOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LifecycleBulkIssueJob($id: ID!) {\n      bulkIssueJob(id: $id) {\n        status\n        total\n        processed\n        issued\n        percent\n        refusals {\n          reason\n          count\n        }\n      }\n    }\n  "): typeof import('./graphql').LifecycleBulkIssueJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LifecycleStartBulkIssue($i: BulkIssueInput!) {\n          startBulkIssue(input: $i) {\n            id\n            total\n          }\n        }\n      "): typeof import('./graphql').LifecycleStartBulkIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation StartBulkIssue($i: BulkIssueInput!) {\n          startBulkIssue(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').StartBulkIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsE2eMetrics($s: MetricsScope!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: $s, from: $from, to: $to) {\n      timeZone\n      redemptionRate\n      couponOrderShare\n      allPaidOrders\n      totals {\n        issued\n        issuedRule\n        claimed\n        redeemed\n        subsidy\n        paidOrders\n        couponOrders\n        revenue\n        margin\n        grossProfit\n        refunds\n        newCustomers\n        newCustomersViaCoupon\n      }\n      subsidyByFunder {\n        funder\n        funderId\n        amount\n      }\n      daily {\n        date\n        issued\n        paidOrders\n        revenue\n      }\n    }\n  }\n"): typeof import('./graphql').MetricsE2eMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsE2eExperiment($r: ID!, $w: Int, $seq: Boolean) {\n    experiment(ruleId: $r, windowSeconds: $w, sequential: $seq) {\n      exposedUsers\n      measuredUsers\n      recommendation\n      evidence\n      srm {\n        mismatch\n        p\n        observed\n      }\n      arms {\n        arm\n        control\n        users\n        conversion\n        revenuePerUser\n        netContributionPerUser\n        subsidy\n      }\n      lifts {\n        metric\n        arm\n        absolute {\n          estimate\n          low\n          high\n          p\n        }\n        relative {\n          estimate\n          low\n          high\n        }\n        cuped {\n          estimate\n          low\n          high\n          varianceReduction\n        }\n        sequential {\n          low\n          high\n        }\n      }\n      incrementalProfit {\n        estimate\n        low\n        high\n        treatedUsers\n      }\n    }\n  }\n"): typeof import('./graphql').MetricsE2eExperimentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsE2eLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n      applied {\n        totalDiscount\n        payable\n      }\n    }\n  }\n"): typeof import('./graphql').MetricsE2eLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsE2eRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n    }\n  }\n"): typeof import('./graphql').MetricsE2eRedeemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsE2eRebuild {\n    rebuildMetrics {\n      couponEvents\n      orders\n    }\n  }\n"): typeof import('./graphql').MetricsE2eRebuildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MetricsE2eSolidify($r: ID!, $h: Float!) {\n    solidifyRule(ruleId: $r, holdoutPercent: $h)\n  }\n"): typeof import('./graphql').MetricsE2eSolidifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MetricsE2eCampaign {\n          createCampaign(input: { name: \"thresholds\", budget: 2000 }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').MetricsE2eCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MetricsE2eAudience {\n          createAudience(input: { name: \"forecast\", kind: STATIC }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').MetricsE2eAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MetricsE2eUpload($a: ID!, $csv: String!) {\n          uploadAudienceMembers(audienceId: $a, csv: $csv, replace: true) {\n            added\n          }\n        }\n      "): typeof import('./graphql').MetricsE2eUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MetricsE2eForecast($t: ID!, $a: ID!, $m: ForecastMode) {\n        forecastIssue(templateId: $t, audienceId: $a, mode: $m) {\n          figures {\n            name\n            value\n            low\n            high\n            source\n          }\n          cost {\n            value\n            low\n            high\n          }\n        }\n      }\n    "): typeof import('./graphql').MetricsE2eForecastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MetricsE2eForecastRule($g: JSON!, $from: DateTime!, $to: DateTime!) {\n        forecastRule(graph: $g, from: $from, to: $to) {\n          events\n          firings\n          users\n          truncated\n          liability\n          worstCaseCost\n          cost {\n            value\n            low\n            high\n          }\n          templates {\n            templateId\n            coupons\n            users\n            liability\n            worstCaseCost\n            figures {\n              name\n              value\n              low\n              high\n              source\n            }\n            cost {\n              value\n              low\n              high\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').MetricsE2eForecastRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MetricsE2eReplay($g: JSON!, $from: DateTime!, $to: DateTime!) {\n        replayRule(graph: $g, from: $from, to: $to) {\n          events\n          firings\n          expectedCost\n          worstCaseCost\n          issues {\n            templateId\n            count\n            users\n            expectedCost\n          }\n        }\n      }\n    "): typeof import('./graphql').MetricsE2eReplayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MetricsE2eLtv($g: LtvGroupBy!, $r: ID) {\n        ltv(groupBy: $g, ruleId: $r, periods: 2) {\n          customers\n          note\n          groups {\n            key\n            customers\n            historical {\n              period\n              revenuePerUser\n              profitPerUser\n            }\n            expected {\n              value\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').MetricsE2eLtvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PagingListsIssue($i: IssueCouponInput!) {\n    issueCoupons(input: $i) {\n      coupon {\n        id\n      }\n      reason\n    }\n  }\n"): typeof import('./graphql').PagingListsIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagingListsEventLog($u: ID!, $first: Int!, $after: String, $last: Int, $before: String) {\n    couponEventLogConnection(\n      userId: $u\n      eventTypes: [\"coupon.issued\"]\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          couponId\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n"): typeof import('./graphql').PagingListsEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PagingListsRules($first: Int!, $after: String, $last: Int, $before: String) {\n        rulesConnection(status: DRAFT, first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              name\n            }\n          }\n          nodes {\n            id\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    "): typeof import('./graphql').PagingListsRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PagingListsVersions($r: ID!, $first: Int!, $after: String, $last: Int, $before: String) {\n        ruleVersionsConnection(ruleId: $r, first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              version\n              ruleId\n            }\n          }\n          nodes {\n            id\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    "): typeof import('./graphql').PagingListsVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PagingListsNode($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n          ... on RuleVersion {\n            version\n            ruleId\n          }\n          ... on Rule {\n            name\n          }\n          ... on Audience {\n            name\n          }\n          ... on EventType {\n            name\n          }\n          ... on UserProfile {\n            userId\n            attributes\n          }\n        }\n      }\n    "): typeof import('./graphql').PagingListsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PagingListsFirings($r: ID!, $first: Int!, $after: String, $last: Int, $before: String) {\n        ruleFiringsConnection(ruleId: $r, first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          edges {\n            cursor\n            node {\n              eventId\n              firedAt\n            }\n          }\n          nodes {\n            eventId\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    "): typeof import('./graphql').PagingListsFiringsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PagingListsCreateAudience($name: String!) {\n        createAudience(input: { name: $name, kind: STATIC }) {\n          id\n        }\n      }\n    "): typeof import('./graphql').PagingListsCreateAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PagingListsAudiences($first: Int!, $after: String, $last: Int, $before: String) {\n        audiencesConnection(\n          search: \"paged audience\"\n          first: $first\n          after: $after\n          last: $last\n          before: $before\n        ) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          nodes {\n            id\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    "): typeof import('./graphql').PagingListsAudiencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PagingListsNodeMore($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n          ... on Audience {\n            name\n          }\n          ... on EventType {\n            name\n          }\n          ... on UserProfile {\n            userId\n            attributes\n          }\n        }\n      }\n    "): typeof import('./graphql').PagingListsNodeMoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PagingListsUpsertProfile($u: ID!, $a: JSON!) {\n        upsertUserAttributes(userId: $u, attributes: $a) {\n          id\n          userId\n        }\n      }\n    "): typeof import('./graphql').PagingListsUpsertProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PagingListsQuote($c: CartInput!) {\n        quote(cart: $c) {\n          best {\n            coupons {\n              id\n              couponId\n              discount\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql').PagingListsQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PagingIssue($i: IssueCouponInput!) {\n    issueCoupons(input: $i) {\n      userId\n      coupon {\n        id\n      }\n      reason\n    }\n  }\n"): typeof import('./graphql').PagingIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagingWalletPage($u: ID!, $first: Int!, $after: String) {\n    walletConnection(userId: $u, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          validUntil\n        }\n      }\n      nodes {\n        id\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n"): typeof import('./graphql').PagingWalletPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagingWalletList($u: ID!, $first: Int!) {\n    wallet(userId: $u, first: $first) {\n      id\n      validUntil\n    }\n  }\n"): typeof import('./graphql').PagingWalletListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PagingApolloWallet($u: ID!, $first: Int!, $after: String) {\n        walletConnection(userId: $u, first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              code\n              status\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    "): typeof import('./graphql').PagingApolloWalletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PagingApiKeys($first: Int!, $after: String) {\n        apiKeysConnection(first: $first, after: $after) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          pageInfo {\n            endCursor\n            hasNextPage\n            hasPreviousPage\n          }\n        }\n      }\n    "): typeof import('./graphql').PagingApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PagingCampaigns($after: String) {\n        campaigns(first: 1, after: $after) {\n          totalCount\n          nodes {\n            id\n          }\n          edges {\n            cursor\n            node {\n              id\n            }\n          }\n          pageInfo {\n            startCursor\n            endCursor\n            hasNextPage\n          }\n        }\n      }\n    "): typeof import('./graphql').PagingCampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PagingCreateCampaign($name: String!) {\n        createCampaign(input: { name: $name, budget: 100000 }) {\n          id\n        }\n      }\n    "): typeof import('./graphql').PagingCreateCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PagingNode($id: ID!) {\n        node(id: $id) {\n          __typename\n          id\n          ... on Coupon {\n            userId\n          }\n        }\n      }\n    "): typeof import('./graphql').PagingNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersClusterCouponEventLog($a: SafeInt) {\n          couponEventLog(afterId: $a, first: 100) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PartnersClusterCouponEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PartnersClusterCreateWebhookEndpoint2($i: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $i) {\n            secret\n            endpoint {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').PartnersClusterCreateWebhookEndpoint2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PartnersClusterWebhookAttempts($e: ID!) {\n            webhookAttempts(endpointId: $e, first: 1) {\n              totalCount\n            }\n            webhookDeliveries(endpointId: $e, status: SUCCEEDED, first: 1) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql').PartnersClusterWebhookAttemptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WebhookAttempts($e: ID!, $after: String) {\n            webhookAttempts(endpointId: $e, first: 100, after: $after) {\n              nodes {\n                instance\n              }\n              pageInfo {\n                endCursor\n                hasNextPage\n              }\n            }\n          }\n        "): typeof import('./graphql').WebhookAttemptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PartnersClusterCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {\n          createWebhookEndpoint(input: $i) {\n            secret\n          }\n        }\n      "): typeof import('./graphql').PartnersClusterCreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersErrorsCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $i) {\n      secret\n      endpoint {\n        id\n        url\n        enabled\n      }\n    }\n  }\n"): typeof import('./graphql').PartnersErrorsCreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReplayWebhookDelivery {\n          replayWebhookDelivery(id: \"abc\") {\n            id\n          }\n        }\n      "): typeof import('./graphql').ReplayWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersErrorsWebhookEndpoint2 {\n          webhookEndpoint(id: \"whe_nope\") {\n            id\n          }\n        }\n      "): typeof import('./graphql').PartnersErrorsWebhookEndpoint2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PartnersErrorsCreateStaffUser {\n          createStaffUser(\n            input: { email: \"analyst@test.local\", role: analyst, password: \"analyst-password-1\" }\n          ) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PartnersErrorsCreateStaffUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PartnersErrorsLogin {\n            login(email: \"analyst@test.local\", password: \"analyst-password-1\") {\n              token\n            }\n          }\n        "): typeof import('./graphql').PartnersErrorsLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query PartnersErrorsWebhookEndpoints {\n              webhookEndpoints(first: 5) {\n                totalCount\n              }\n            }\n          "): typeof import('./graphql').PartnersErrorsWebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WebhookEndpoints {\n          webhookEndpoints(first: 100) {\n            nodes {\n              id\n              ownerKeyId\n            }\n          }\n        }\n      "): typeof import('./graphql').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersErrorsWebhookEndpoint($id: ID!) {\n          webhookEndpoint(id: $id) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PartnersErrorsWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query WebhookEndpoint($id: ID!) {\n          webhookEndpoint(id: $id) {\n            id\n          }\n        }\n      "): typeof import('./graphql').WebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersErrorsCouponEventLog($t: ID) {\n          couponEventLog(templateId: $t) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PartnersErrorsCouponEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PartnersSubscriptionsLockCoupons($i: LockInput!) {\n        lockCoupons(input: $i) {\n          locked\n        }\n      }\n    "): typeof import('./graphql').PartnersSubscriptionsLockCouponsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersSubscriptionsCouponEventLog2($a: SafeInt) {\n          couponEventLog(afterId: $a, first: 100) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PartnersSubscriptionsCouponEventLog2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersSubscriptionsCouponEventLog($a: SafeInt) {\n          couponEventLog(afterId: $a, first: 100) {\n            id\n            type\n            templateId\n            merchantId\n            couponId\n          }\n        }\n      "): typeof import('./graphql').PartnersSubscriptionsCouponEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation PartnersSubscriptionsRedeemOrder($o: ID!) {\n                redeemOrder(orderId: $o) {\n                  ok\n                }\n              }\n            "): typeof import('./graphql').PartnersSubscriptionsRedeemOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation ReleaseOrder($o: ID!) {\n                releaseOrder(orderId: $o) {\n                  status\n                }\n              }\n            "): typeof import('./graphql').ReleaseOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PartnersSubscriptionsCreateApiKey {\n          createApiKey(input: { name: \"to revoke\", scopes: [EVENTS_READ], merchantIds: [\"m-a\"] }) {\n            key\n            apiKey {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').PartnersSubscriptionsCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RevokeApiKey($id: ID!) {\n          revokeApiKey(id: $id) {\n            revokedAt\n          }\n        }\n      "): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersWebhooksCreateWebhookEndpoint($i: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $i) {\n      secret\n      endpoint {\n        id\n        url\n        enabled\n        maxConcurrency\n      }\n    }\n  }\n"): typeof import('./graphql').PartnersWebhooksCreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PartnersWebhooksLockCoupons($i: LockInput!) {\n        lockCoupons(input: $i) {\n          locked\n        }\n      }\n    "): typeof import('./graphql').PartnersWebhooksLockCouponsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PartnersWebhooksRedeemOrder($o: ID!) {\n        redeemOrder(orderId: $o) {\n          ok\n        }\n      }\n    "): typeof import('./graphql').PartnersWebhooksRedeemOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersWebhooksCouponEventLog2($a: SafeInt, $t: ID) {\n          couponEventLog(afterId: $a, templateId: $t, first: 100) {\n            id\n            type\n            couponId\n            templateId\n          }\n        }\n      "): typeof import('./graphql').PartnersWebhooksCouponEventLog2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PartnersWebhooksCouponEventLog($a: SafeInt) {\n            couponEventLog(afterId: $a, first: 100) {\n              id\n              type\n              payload\n            }\n          }\n        "): typeof import('./graphql').PartnersWebhooksCouponEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PartnersWebhooksRotateWebhookSecret($id: ID!) {\n          rotateWebhookSecret(id: $id, overlapSeconds: 3600) {\n            secret\n            previousSecretExpiresAt\n          }\n        }\n      "): typeof import('./graphql').PartnersWebhooksRotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RotateWebhookSecret($id: ID!) {\n            rotateWebhookSecret(id: $id, overlapSeconds: 0) {\n              secret\n            }\n          }\n        "): typeof import('./graphql').RotateWebhookSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartnersWebhooksWebhookEndpoint2($id: ID!) {\n        webhookEndpoint(id: $id) {\n          enabled\n          disabledReason\n          disabledAt\n        }\n      }\n    "): typeof import('./graphql').PartnersWebhooksWebhookEndpoint2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PartnersWebhooksUpdateWebhookEndpoint($id: ID!) {\n          updateWebhookEndpoint(id: $id, input: { enabled: true }) {\n            enabled\n          }\n        }\n      "): typeof import('./graphql').PartnersWebhooksUpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query WebhookDeliveries($e: ID!, $s: WebhookDeliveryStatus) {\n        webhookDeliveries(endpointId: $e, status: $s, first: 100) {\n          totalCount\n          nodes {\n            id\n            eventId\n            status\n            attempts\n            webhookId\n            lastStatusCode\n            lastError\n            replayOf\n          }\n        }\n      }\n    "): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersWebhooksWebhookAttempts3($e: ID!, $d: ID) {\n          webhookAttempts(endpointId: $e, deliveryId: $d, first: 100) {\n            totalCount\n            nodes {\n              attempt\n              outcome\n              statusCode\n              durationMs\n              responseExcerpt\n            }\n          }\n        }\n      "): typeof import('./graphql').PartnersWebhooksWebhookAttempts3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PartnersWebhooksReplayWebhookDelivery($id: ID!) {\n          replayWebhookDelivery(id: $id) {\n            id\n            status\n            webhookId\n            replayOf\n          }\n        }\n      "): typeof import('./graphql').PartnersWebhooksReplayWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ReplayWebhookDeliveries($i: ReplayWebhookDeliveriesInput!) {\n          replayWebhookDeliveries(input: $i) {\n            queued\n          }\n        }\n      "): typeof import('./graphql').ReplayWebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersWebhooksWebhookAttempts2($e: ID!) {\n          webhookAttempts(endpointId: $e, first: 5) {\n            nodes {\n              outcome\n              durationMs\n              error\n            }\n          }\n        }\n      "): typeof import('./graphql').PartnersWebhooksWebhookAttempts2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersWebhooksWebhookAttempts($e: ID!) {\n          webhookAttempts(endpointId: $e, first: 1) {\n            nodes {\n              outcome\n              statusCode\n              error\n            }\n          }\n        }\n      "): typeof import('./graphql').PartnersWebhooksWebhookAttemptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DeleteWebhookEndpoint($id: ID!) {\n          deleteWebhookEndpoint(id: $id)\n        }\n      "): typeof import('./graphql').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersWebhooksWebhookEndpoints {\n          webhookEndpoints(first: 10) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql').PartnersWebhooksWebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersWebhooksPull($after: SafeInt, $types: [String!]) {\n          couponEventLog(afterId: $after, eventTypes: $types, first: 100) {\n            id\n            eventType\n            merchantId\n            data {\n              __typename\n              eventId\n              couponId\n              ... on CouponIssuedData {\n                code\n                validUntil\n              }\n              ... on CouponRedeemedData {\n                orderId\n                discount\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').PartnersWebhooksPullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnersWebhooksPullBad {\n          couponEventLog(eventTypes: [\"coupon.exploded\"]) {\n            id\n          }\n        }\n      "): typeof import('./graphql').PartnersWebhooksPullBadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PartnersWebhooksSendTest($id: ID!, $type: String!) {\n        sendTestWebhookEvent(endpointId: $id, eventType: $type) {\n          webhookId\n          eventType\n          outcome\n          statusCode\n          body\n        }\n      }\n    "): typeof import('./graphql').PartnersWebhooksSendTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartnersWebhooksWebhookEndpoint($id: ID!) {\n        webhookEndpoint(id: $id) {\n          enabled\n          disabledReason\n          failingSince\n        }\n      }\n    "): typeof import('./graphql').PartnersWebhooksWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartitionsEventLog($c: ID) {\n    couponEventLog(afterId: 0, couponId: $c, first: 10) {\n      id\n    }\n  }\n"): typeof import('./graphql').PartitionsEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartitionsCoupon($id: ID!) {\n    coupon(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PartitionsCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionCreateEndpoint($i: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $i) {\n      endpoint {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').RetentionCreateEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionCoupon($id: ID!) {\n    coupon(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RetentionCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionEventLog($a: SafeInt, $c: ID) {\n    couponEventLog(afterId: $a, couponId: $c, first: 100) {\n      id\n      type\n      couponId\n    }\n  }\n"): typeof import('./graphql').RetentionEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionMetrics($s: MetricsScope!, $from: DateTime!, $to: DateTime!) {\n    metrics(scope: $s, from: $from, to: $to) {\n      allPaidOrders\n      totals {\n        issued\n        claimed\n        paidOrders\n        couponOrders\n        revenue\n        margin\n        newCustomers\n      }\n      daily {\n        date\n        issued\n        paidOrders\n        revenue\n      }\n    }\n  }\n"): typeof import('./graphql').RetentionMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionLtv {\n    ltv(groupBy: COHORT) {\n      customers\n      groups {\n        key\n        customers\n      }\n    }\n  }\n"): typeof import('./graphql').RetentionLtvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionExperiment($r: ID!, $w: Int) {\n    experiment(ruleId: $r, windowSeconds: $w) {\n      exposedUsers\n      measuredUsers\n      arms {\n        arm\n        users\n        conversion\n        revenuePerUser\n      }\n    }\n  }\n"): typeof import('./graphql').RetentionExperimentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionRebuild {\n    rebuildMetrics {\n      couponEvents\n      orders\n    }\n  }\n"): typeof import('./graphql').RetentionRebuildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RulesBadInputPublishRule2($id: ID!) {\n        publishRule(id: $id) {\n          rule {\n            id\n          }\n        }\n      }\n    "): typeof import('./graphql').RulesBadInputPublishRule2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RuleVersions($id: ID!) {\n        ruleVersions(ruleId: $id) {\n          version\n        }\n      }\n    "): typeof import('./graphql').RuleVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RulesBadInputValidateRuleGraph($g: JSON!) {\n          validateRuleGraph(graph: $g) {\n            valid\n            issues {\n              code\n              nodeIds\n            }\n          }\n        }\n      "): typeof import('./graphql').RulesBadInputValidateRuleGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RulesBadInputCreateRule($i: CreateRuleInput!) {\n          createRule(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').RulesBadInputCreateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ValidateRuleGraph($g: JSON!) {\n          validateRuleGraph(graph: $g) {\n            valid\n            issues {\n              code\n              nodeIds\n              edgeIds\n            }\n          }\n        }\n      "): typeof import('./graphql').ValidateRuleGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CheckRule($id: ID!) {\n          checkRule(id: $id) {\n            valid\n            worstCaseSubsidyPerEvent\n            checks {\n              code\n            }\n          }\n        }\n      "): typeof import('./graphql').CheckRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RulesBadInputPublishRule($id: ID!) {\n          publishRule(id: $id) {\n            rule {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').RulesBadInputPublishRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesBuilderNodeUsers($r: ID!, $f: DateTime!, $t: DateTime!, $v: Int) {\n    ruleNodeUsers(ruleId: $r, from: $f, to: $t, version: $v) {\n      version\n      from\n      to\n      relativeError\n      registers\n      nodes {\n        nodeId\n        users\n      }\n      ports {\n        nodeId\n        port\n        users\n      }\n    }\n  }\n"): typeof import('./graphql').RulesBuilderNodeUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesBuilderRuleVersions($id: ID!) {\n    ruleVersions(ruleId: $id) {\n      version\n      note\n    }\n  }\n"): typeof import('./graphql').RulesBuilderRuleVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RulesBuilderPublishRule($id: ID!, $n: String) {\n          publishRule(id: $id, note: $n) {\n            rule {\n              activeVersion\n            }\n          }\n        }\n      "): typeof import('./graphql').RulesBuilderPublishRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RulesBuilderRules {\n          rules {\n            id\n            trigger\n            lastFiredAt\n            actionsToday\n          }\n        }\n      "): typeof import('./graphql').RulesBuilderRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RulesBuilderRuleFirings($id: ID!) {\n          ruleFirings(ruleId: $id, first: 500) {\n            acted\n            control\n            results\n          }\n        }\n      "): typeof import('./graphql').RulesBuilderRuleFiringsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RulesBuilderRuleExposures($id: ID!) {\n          ruleExposures(ruleId: $id) {\n            arm\n            control\n            users\n          }\n        }\n      "): typeof import('./graphql').RulesBuilderRuleExposuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RulesBuilderDuplicateRule($id: ID!) {\n          duplicateRule(id: $id) {\n            id\n            name\n            status\n            draft\n            activeVersion\n          }\n        }\n      "): typeof import('./graphql').RulesBuilderDuplicateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RulesBuilderEventTypes {\n          eventTypes {\n            name\n            properties {\n              name\n              type\n            }\n          }\n        }\n      "): typeof import('./graphql').RulesBuilderEventTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RulesBuilderCreateAudiences {\n          a: createAudience(input: { name: \"50%_vip\", kind: STATIC }) {\n            id\n          }\n          b: createAudience(input: { name: \"500 vip\", kind: STATIC }) {\n            id\n          }\n        }\n      "): typeof import('./graphql').RulesBuilderCreateAudiencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RulesBuilderAudiences {\n          audiences(search: \"0%_\") {\n            name\n          }\n        }\n      "): typeof import('./graphql').RulesBuilderAudiencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RulesBuilderTemplates {\n          templates(filter: { search: \"funnel\" }) {\n            nodes {\n              name\n            }\n          }\n        }\n      "): typeof import('./graphql').RulesBuilderTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RulesBuilderUpsertUserAttributes {\n          upsertUserAttributes(userId: \"attr-1\", attributes: { a_b: 1, axb: 2, plan: \"x\" }) {\n            userId\n          }\n        }\n      "): typeof import('./graphql').RulesBuilderUpsertUserAttributesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query RulesBuilderUserAttributeKeys($s: String, $f: Int!) {\n              userAttributeKeys(search: $s, first: $f)\n            }\n          "): typeof import('./graphql').RulesBuilderUserAttributeKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PauseRule($id: ID!) {\n          pauseRule(id: $id) {\n            status\n          }\n        }\n      "): typeof import('./graphql').PauseRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ResumeRule($id: ID!) {\n          resumeRule(id: $id) {\n            status\n          }\n        }\n      "): typeof import('./graphql').ResumeRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RollbackRule($id: ID!) {\n          rollbackRule(id: $id, version: 1) {\n            activeVersion\n          }\n        }\n      "): typeof import('./graphql').RollbackRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RuleNodeCounts($r: ID!) {\n          ruleNodeCounts(ruleId: $r, version: 1) {\n            nodeId\n            ran\n            passed\n          }\n        }\n      "): typeof import('./graphql').RuleNodeCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RuleFirings($r: ID, $u: ID) {\n          ruleFirings(ruleId: $r, userId: $u) {\n            eventId\n            acted\n            results\n            trace\n          }\n        }\n      "): typeof import('./graphql').RuleFiringsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RulesEnginePauseRule($id: ID!) {\n          pauseRule(id: $id) {\n            status\n          }\n        }\n      "): typeof import('./graphql').RulesEnginePauseRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RulesEngineResumeRule($id: ID!) {\n          resumeRule(id: $id) {\n            status\n          }\n        }\n      "): typeof import('./graphql').RulesEngineResumeRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RulesEngineRollbackRule($id: ID!) {\n          rollbackRule(id: $id, version: 1) {\n            activeVersion\n            latestVersion\n            status\n          }\n        }\n      "): typeof import('./graphql').RulesEngineRollbackRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RulesEngineRuleVersions($id: ID!) {\n          ruleVersions(ruleId: $id) {\n            version\n            graph\n          }\n        }\n      "): typeof import('./graphql').RulesEngineRuleVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Rule($id: ID!) {\n        rule(id: $id) {\n          activeVersion\n          latestVersion\n          validation {\n            valid\n          }\n        }\n      }\n    "): typeof import('./graphql').RuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RulesEnginePublishRule($id: ID!) {\n          publishRule(id: $id) {\n            rule {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql').RulesEnginePublishRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesSimulateSimulateRule($g: JSON!, $f: JSON!, $s: Boolean) {\n    simulateRule(graph: $g, facts: $f, storedFacts: $s) {\n      actions\n      splitArm\n      trace\n    }\n  }\n"): typeof import('./graphql').RulesSimulateSimulateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ReplayRule($g: JSON!, $from: DateTime!, $to: DateTime!) {\n          replayRule(graph: $g, from: $from, to: $to) {\n            events\n            firings\n            users\n            worstCaseCost\n            expectedCost\n            issues {\n              templateId\n              count\n              users\n              maxValue\n              worstCaseCost\n              expectedCost\n            }\n          }\n        }\n      "): typeof import('./graphql').ReplayRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BlockCatalogue {\n          blockCatalogue {\n            code\n            category\n            argsSchema\n            ui\n          }\n        }\n      "): typeof import('./graphql').BlockCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RulesSimulateCreateRule($i: CreateRuleInput!) {\n            createRule(input: $i) {\n              id\n              status\n            }\n          }\n        "): typeof import('./graphql').RulesSimulateCreateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RulesSimulateRules {\n          rules(status: DRAFT) {\n            id\n            status\n            mode\n          }\n        }\n      "): typeof import('./graphql').RulesSimulateRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Rules {\n          rules(status: ACTIVE) {\n            id\n          }\n        }\n      "): typeof import('./graphql').RulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RulesSplitRuleExposures($r: ID!) {\n          ruleExposures(ruleId: $r) {\n            arm\n            control\n            users\n          }\n        }\n      "): typeof import('./graphql').RulesSplitRuleExposuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RuleExposures($r: ID!) {\n          ruleExposures(ruleId: $r) {\n            users\n          }\n        }\n      "): typeof import('./graphql').RuleExposuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RulesSupportTrack($e: [TrackEventInput!]!) {\n    track(events: $e) {\n      accepted\n      duplicates\n      rejected\n      firings\n      issued\n      errors {\n        index\n        eventId\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RulesSupportTrackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RulesSupportCreateRule($i: CreateRuleInput!) {\n        createRule(input: $i) {\n          id\n        }\n      }\n    "): typeof import('./graphql').RulesSupportCreateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RulesSupportPublishRule($id: ID!) {\n        publishRule(id: $id) {\n          rule {\n            activeVersion\n            status\n          }\n        }\n      }\n    "): typeof import('./graphql').RulesSupportPublishRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation UpdateRule($id: ID!, $g: JSON) {\n        updateRule(id: $id, input: { graph: $g }) {\n          id\n        }\n      }\n    "): typeof import('./graphql').UpdateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareCreate($i: CreateShareInput!) {\n    createShare(input: $i) {\n      id\n      code\n      size\n      claimed\n      remaining\n      rewardState\n      description\n      replayed\n    }\n  }\n"): typeof import('./graphql').ShareCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareClaim($i: ClaimShareInput!) {\n    claimShare(input: $i) {\n      __typename\n      ... on ShareClaimSuccess {\n        coupon {\n          id\n          templateId\n          userId\n        }\n        newUser\n        replayed\n        share {\n          claimed\n          remaining\n          rewardState\n        }\n      }\n      ... on ShareClaimRefused {\n        reason\n        share {\n          claimed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ShareClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareProgress($id: ID) {\n    share(id: $id) {\n      id\n      size\n      claimed\n      remaining\n      expired\n      rewardState\n      rewardCouponId\n      description\n    }\n  }\n"): typeof import('./graphql').ShareProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareWallet($u: ID!) {\n    wallet(userId: $u) {\n      id\n      templateId\n      status\n    }\n  }\n"): typeof import('./graphql').ShareWalletDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareText($u: ID!) {\n    wallet(userId: $u) {\n      template {\n        summary\n      }\n    }\n  }\n"): typeof import('./graphql').ShareTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareEvents($t: ID!) {\n    couponEventLog(templateId: $t, first: 100) {\n      type\n      userId\n      payload\n    }\n  }\n"): typeof import('./graphql').ShareEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareList($u: ID!) {\n    shares(userId: $u) {\n      id\n    }\n  }\n"): typeof import('./graphql').ShareListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareMetrics($from: DateTime!, $to: DateTime!, $t: ID) {\n    sharingMetrics(from: $from, to: $to, templateId: $t) {\n      shares\n      claims\n      newUsers\n      newCustomers\n      orders\n      revenue\n    }\n  }\n"): typeof import('./graphql').ShareMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareViaSharing($from: DateTime!, $to: DateTime!, $t: ID!) {\n    metrics(scope: { kind: TEMPLATE, id: $t }, from: $from, to: $to) {\n      viaSharing {\n        claims\n        newCustomers\n        orders\n      }\n    }\n  }\n"): typeof import('./graphql').ShareViaSharingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareLock($i: LockInput!) {\n    lockCoupons(input: $i) {\n      locked\n    }\n  }\n"): typeof import('./graphql').ShareLockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareRedeem($o: ID!) {\n    redeemOrder(orderId: $o) {\n      ok\n    }\n  }\n"): typeof import('./graphql').ShareRedeemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ShareBadTemplate($i: CreateTemplateInput!) {\n          createTemplate(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').ShareBadTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LookupTrackedEvents($type: String, $userId: ID, $first: Int! = 20) {\n    trackedEvents(type: $type, userId: $userId, first: $first) {\n      id\n      type\n      userId\n      properties\n    }\n  }\n"): typeof import('./graphql').LookupTrackedEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LookupBehaviour($userId: ID!) {\n          userBehaviour(userId: $userId, days: 30) {\n            days\n            counts {\n              eventType\n              total\n              recent\n            }\n            sums {\n              eventType\n              property\n              total\n              recent\n            }\n          }\n        }\n      "): typeof import('./graphql').LookupBehaviourDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LookupBadDays {\n          userBehaviour(userId: \"x\", days: 0) {\n            days\n          }\n        }\n      "): typeof import('./graphql').LookupBadDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LookupCreateAudience($i: CreateAudienceInput!) {\n          createAudience(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').LookupCreateAudienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LookupUpload($id: ID!, $csv: String!) {\n          uploadAudienceMembers(audienceId: $id, csv: $csv) {\n            added\n          }\n        }\n      "): typeof import('./graphql').LookupUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LookupUserAudiences($userId: ID!) {\n        userAudiences(userId: $userId) {\n          id\n          name\n        }\n      }\n    "): typeof import('./graphql').LookupUserAudiencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LookupUserLog($userId: ID) {\n          couponEventLog(userId: $userId) {\n            type\n            couponId\n            userId\n          }\n        }\n      "): typeof import('./graphql').LookupUserLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LookupCreateStaff($i: CreateStaffInput!) {\n          createStaffUser(input: $i) {\n            id\n          }\n        }\n      "): typeof import('./graphql').LookupCreateStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LookupStaff {\n        staffUsers {\n          email\n          role\n          disabled\n        }\n      }\n    "): typeof import('./graphql').LookupStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query SimulateRule($g: JSON!, $f: JSON!) {\n                simulateRule(graph: $g, facts: $f, storedFacts: true) {\n                  trace\n                }\n              }\n            "): typeof import('./graphql').SimulateRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineEventType($i: DefineEventTypeInput!) {\n    defineEventType(input: $i) {\n      name\n      builtin\n      properties {\n        name\n        type\n        required\n      }\n    }\n  }\n"): typeof import('./graphql').DefineEventTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query EventTypes {\n          eventTypes {\n            name\n            builtin\n          }\n        }\n      "): typeof import('./graphql').EventTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation UpsertUserAttributes {\n          upsertUserAttributes(userId: \"attr-1\", attributes: { tier: \"VIP\", platform: \"ios\" }) {\n            userId\n          }\n        }\n      "): typeof import('./graphql').UpsertUserAttributesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TrackingUserProfile {\n          userProfile(userId: \"attr-1\") {\n            attributes\n          }\n        }\n      "): typeof import('./graphql').TrackingUserProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query UserProfile {\n          userProfile(userId: \"attr-none\") {\n            attributes\n          }\n        }\n      "): typeof import('./graphql').UserProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TrackingPauseRule($id: ID!) {\n          pauseRule(id: $id) {\n            id\n          }\n        }\n      "): typeof import('./graphql').TrackingPauseRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ServerLogin($e: String!, $p: String!) {\n        login(email: $e, password: $p) {\n          token\n        }\n      }\n    "): typeof import('./graphql').ServerLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ServerCreateApiKey($i: CreateApiKeyInput!) {\n        createApiKey(input: $i) {\n          key\n        }\n      }\n    "): typeof import('./graphql').ServerCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ServerCreateTemplate($i: CreateTemplateInput!) {\n        createTemplate(input: $i) {\n          id\n          campaignId\n        }\n      }\n    "): typeof import('./graphql').ServerCreateTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimCoupon($i: ClaimInput!) {\n    claimCoupon(input: $i) {\n      __typename\n      ... on ClaimSuccess {\n        replayed\n        coupon {\n          id\n          code\n          status\n          userId\n          templateId\n          validFrom\n          validUntil\n          isNew\n        }\n      }\n      ... on ClaimRefused {\n        reason\n        message\n        replayed\n        retryAfterSeconds\n      }\n    }\n  }\n"): typeof import('./graphql').ClaimCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CouponEvents($filter: CouponEventFilter, $afterId: SafeInt) {\n    couponEvents(filter: $filter, afterId: $afterId) {\n      id\n      type\n      couponId\n      templateId\n      campaignId\n      merchantId\n      userId\n      payload\n      createdAt\n    }\n  }\n"): typeof import('./graphql').CouponEventsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
