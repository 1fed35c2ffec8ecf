import { graphql } from '../../gql';

/** The products module's GraphQL documents (types generated into src/gql by codegen). */
export const ProductsOverviewQuery = graphql(`
  query ProductsOverview {
    products {
      id
      code
      line { id name }
      insurer { id name }
      latestVersion { id version status names { en it de nl pl } }
      publishedVersion { id version }
    }
    productsDashboard {
      byStatus { status count }
      quotesPerWeek { productCode week quotes }
      offers
      converted
      conversionRate
      requestsWaiting
    }
  }
`);

export const ProductReferenceQuery = graphql(`
  query ProductReference {
    linesOfBusiness { id code name }
    insurers { id name }
  }
`);

export const ProductVersionFields = graphql(`
  fragment ProductVersionFields on ProductVersion {
    id
    version
    status
    authorName
    approvedByName
    allowedMoves
    names { en it de nl pl }
    questions {
      key
      type
      required
      unit
      min
      max
      label { en it de nl pl }
      help { en it de nl pl }
      options { value label { en it de nl pl } }
      showWhen { question anyOf }
    }
    rating {
      basePremium
      minimumPremium
      factors { key question label { en it de nl pl } bands { from to multiplier } choices { value multiplier } }
      adjustments { key kind percent when label { en it de nl pl } }
    }
    history { fromStatus toStatus reason changedAt changedByName }
  }
`);

export const ProductQuery = graphql(`
  query Product($id: ID!) {
    product(id: $id) {
      id
      code
      line { id name defaultTaxRate }
      insurer { id name }
      versions { ...ProductVersionFields }
    }
  }
`);

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) { id }
  }
`);

export const UpdateProductVersionMutation = graphql(`
  mutation UpdateProductVersion($id: ID!, $input: ProductVersionInput!) {
    updateProductVersion(id: $id, input: $input) { ...ProductVersionFields }
  }
`);

export const NewProductVersionMutation = graphql(`
  mutation NewProductVersion($productId: ID!) {
    newProductVersion(productId: $productId) { ...ProductVersionFields }
  }
`);

export const MoveProductVersionMutation = graphql(`
  mutation MoveProductVersion($id: ID!, $status: ProductVersionStatus!, $reason: String) {
    moveProductVersion(id: $id, status: $status, reason: $reason) { ...ProductVersionFields }
  }
`);

export const RateQuoteQuery = graphql(`
  query RateQuote($versionId: ID!, $answers: [AnswerInput!]!) {
    rateQuote(versionId: $versionId, answers: $answers) {
      breakdown { base net taxRate taxes total test steps { kind key detail effect after label { en it de nl pl } } }
    }
  }
`);

export const CreateOfferMutation = graphql(`
  mutation CreateOffer($input: OfferInput!) {
    createOffer(input: $input) { id client { id } }
  }
`);

export const ClientOffersQuery = graphql(`
  query ClientOffers($id: ID!) {
    client(id: $id) {
      id
      offers {
        id
        state
        test
        premiumGross
        validFrom
        validUntil
        version { id version names { en it de nl pl } product { id code } }
        policy { id number }
      }
    }
  }
`);

export const AcceptOfferMutation = graphql(`
  mutation AcceptOffer($id: ID!) {
    acceptOffer(id: $id) { id state }
  }
`);

export const IssuePolicyFromOfferMutation = graphql(`
  mutation IssuePolicyFromOffer($id: ID!, $input: OfferPolicyInput!) {
    issuePolicyFromOffer(id: $id, input: $input) { id state policy { id number } }
  }
`);

export const OfferPdfQuery = graphql(`
  query OfferPdf($id: ID!) {
    offerPdf(id: $id) { fileName contentType base64 }
  }
`);

export const QuoteRequestsQuery = graphql(`
  query QuoteRequests($statuses: [QuoteRequestStatus!]) {
    quoteRequests(statuses: $statuses) {
      id
      status
      requesterName
      requesterEmail
      createdAt
      handlerName
      websiteName
      producerName
      product { id code }
      client { id displayName }
    }
  }
`);

export const QuoteRequestQuery = graphql(`
  query QuoteRequest($id: ID!) {
    quoteRequest(id: $id) {
      id
      status
      requesterName
      client { id displayName }
      product { id }
      answers { question value values address { street postalCode city country } }
    }
  }
`);

export const AnswerQuoteRequestMutation = graphql(`
  mutation AnswerQuoteRequest($id: ID!, $offerIds: [ID!]!) {
    answerQuoteRequest(id: $id, offerIds: $offerIds) { id status }
  }
`);

export const QuoteWebsiteFields = graphql(`
  fragment QuoteWebsiteFields on QuoteWebsite {
    id
    name
    publicKey
    origins
    producerId
    producerName
    privacyNoticeUrl
    active
    snippet
  }
`);

export const QuoteWebsitesQuery = graphql(`
  query QuoteWebsites {
    quoteWebsites { ...QuoteWebsiteFields }
  }
`);

export const WebsiteProducersQuery = graphql(`
  query WebsiteProducers {
    users { id active user { id displayName } }
  }
`);

export const CreateQuoteWebsiteMutation = graphql(`
  mutation CreateQuoteWebsite($input: QuoteWebsiteInput!) {
    createQuoteWebsite(input: $input) { ...QuoteWebsiteFields }
  }
`);

export const UpdateQuoteWebsiteMutation = graphql(`
  mutation UpdateQuoteWebsite($id: ID!, $input: QuoteWebsiteInput!) {
    updateQuoteWebsite(id: $id, input: $input) { ...QuoteWebsiteFields }
  }
`);
