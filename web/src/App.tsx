// The growth console's front door. The rule builder and dashboards arrive with their own issue;
// for now this page names the product and points at the API.
const styles = {
  page: {
    fontFamily: 'system-ui, sans-serif',
    maxWidth: 720,
    margin: '64px auto',
    padding: '0 24px',
    color: '#1d2330',
  },
  tag: { color: '#5b6475' },
  card: { border: '1px solid #dde1e8', borderRadius: 8, padding: '16px 20px', marginTop: 24 },
} as const;

export function App() {
  return (
    <main style={styles.page}>
      <h1>Couponflow</h1>
      <p style={styles.tag}>
        Incentive coupons for growth teams: claim, quote, redeem, and rules that fire themselves.
      </p>
      <section style={styles.card}>
        <h2>GraphQL API</h2>
        <p>
          Apps, partners and staff speak one schema at <a href="/graphql">/graphql</a>. Sign in with the{' '}
          <code>login</code> mutation and send <code>Authorization: Bearer &lt;token&gt;</code>.
        </p>
      </section>
    </main>
  );
}
