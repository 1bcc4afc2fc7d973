import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { Link, Title, useGetIdentity, useGetList } from 'react-admin';

// Only the total matters: a one-row page returns it.
const COUNT_ONLY = { pagination: { page: 1, perPage: 1 } };

function Count({ label, resource, filter = {}, to }: { label: string; resource: string; filter?: Record<string, unknown>; to: string }) {
  const { total, isPending, error } = useGetList(resource, { ...COUNT_ONLY, filter });
  return (
    <Card>
      <CardContent>
        <Typography variant="h3" component="p">
          {error ? '!' : isPending ? '…' : (total ?? 0).toLocaleString('en')}
        </Typography>
        <Link to={to}>{label}</Link>
      </CardContent>
    </Card>
  );
}

export const Dashboard = () => {
  const { identity } = useGetIdentity();
  return (
    <>
      <Title title="Partner2Connect" />
      <Card sx={{ mt: 2, mb: 2 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            Welcome{identity?.fullName ? `, ${identity.fullName}` : ''}
          </Typography>
          <Typography>
            This console curates the Partner2Connect Digital Coalition: member entities, their pledges to connect the
            hardest-to-connect communities, the events where pledges are announced, and the focus-area working groups.
          </Typography>
        </CardContent>
      </Card>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Count label="Published pledges" resource="pledges" filter={{ status: ['PUBLISHED'] }} to={`/pledges?filter=${encodeURIComponent(JSON.stringify({ status: ['PUBLISHED'] }))}`} />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Count label="Pledges waiting for curation" resource="pledges" filter={{ status: ['SUBMITTED'] }} to={`/pledges?filter=${encodeURIComponent(JSON.stringify({ status: ['SUBMITTED'] }))}`} />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <Count label="Members" resource="members" to="/members" />
        </Grid>
      </Grid>
    </>
  );
};
