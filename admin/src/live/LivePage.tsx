import { useEffect, useMemo, useState } from 'react';
import { Alert, Box, Card, CardContent, Chip, Container, CssBaseline, LinearProgress, List, ListItem, ListItemText, Stack, ThemeProvider, Typography, createTheme } from '@mui/material';
import type { LivePageTotalsSubscription } from '../gql/graphql.js';
import { LivePageAnnounced, LivePageTotals } from './live.documents.js';
import { liveClient, subscribeLive } from './live-client.js';

type Totals = LivePageTotalsSubscription['pledgeTotals'];

const theme = createTheme({ palette: { primary: { main: '#009cd6' } } });
/** How long a pledge announced while the page is open stays marked as new. */
const FRESH_MS = 15_000;

const usd = (value: string | null | undefined) =>
  value == null ? '—' : new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(Number(value));
const count = (value: number) => new Intl.NumberFormat('en').format(value);
const time = (value: string | null | undefined) => (value ? new Date(value).toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit' }) : '');

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card variant="outlined" sx={{ flex: 1, minWidth: 160 }}>
      <CardContent>
        <Typography variant="h3" component="p" aria-label={label}>
          {value}
        </Typography>
        <Typography color="text.secondary">{label}</Typography>
      </CardContent>
    </Card>
  );
}

/** The public live pledging page: running totals and the latest announced pledges, as they come in. */
export function LivePage({ eventId }: { eventId: string | null }) {
  const [totals, setTotals] = useState<Totals>();
  const [connected, setConnected] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [fresh, setFresh] = useState<ReadonlyMap<string, number>>(new Map());

  useEffect(() => {
    const client = liveClient(setConnected);
    const stopTotals = subscribeLive(client, LivePageTotals, { eventId }, (data) => {
      setProblem(undefined);
      setTotals(data.pledgeTotals);
    }, setProblem);
    const stopAnnounced = subscribeLive(client, LivePageAnnounced, { eventId }, (data) => {
      setFresh((previous) => new Map(previous).set(data.pledgeAnnounced.pledge.id, Date.now()));
    }, setProblem);
    return () => {
      stopTotals();
      stopAnnounced();
      void client.dispose();
    };
  }, [eventId]);

  useEffect(() => {
    if (fresh.size === 0) return;
    const timer = setTimeout(() => setFresh((previous) => new Map([...previous].filter(([, at]) => Date.now() - at < FRESH_MS))), FRESH_MS);
    return () => clearTimeout(timer);
  }, [fresh]);

  const event = totals?.event;
  const title = event?.name ?? 'Partner2Connect Digital Coalition';
  useEffect(() => {
    document.title = `${title}: live pledging`;
  }, [title]);
  const place = useMemo(() => [event?.city, event?.country?.name].filter(Boolean).join(', '), [event]);

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Container maxWidth="lg" sx={{ py: 4 }}>
        <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center' }}>
          <Typography variant="h4" component="h1" sx={{ flex: 1 }}>
            {title}
          </Typography>
          <Chip color={connected ? 'success' : 'default'} label={connected ? 'Live' : 'Reconnecting…'} aria-label={connected ? 'Live' : 'Reconnecting'} />
        </Stack>
        {event && (
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {[place, event.startDate === event.endDate ? event.startDate : `${event.startDate} – ${event.endDate}`].filter(Boolean).join(' · ')}
          </Typography>
        )}
        {problem && (
          <Alert severity="error" sx={{ mb: 3 }}>
            {problem}
          </Alert>
        )}
        {!totals && !problem && <LinearProgress aria-label="Loading the totals" />}
        {totals && (
          <>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 3 }} aria-live="polite" role="region" aria-label="Running totals">
              <Figure label="Pledged" value={usd(totals.stats.sumUsd)} />
              <Figure label="Pledges" value={count(totals.stats.count)} />
              <Figure label="Pledging entities" value={count(totals.stats.pledgingEntities)} />
              <Figure label="Countries" value={count(totals.stats.implementationCountries)} />
            </Stack>
            {!event && (
              <Box sx={{ mb: 3 }}>
                <Typography gutterBottom>
                  {Math.round(totals.stats.goalProgress * 100)}% of the coalition's goal of {usd(totals.stats.goalUsd)}
                </Typography>
                <LinearProgress variant="determinate" value={Math.min(100, totals.stats.goalProgress * 100)} aria-label="Progress towards the goal" />
              </Box>
            )}
            <Typography variant="h5" component="h2" gutterBottom>
              Latest pledges
            </Typography>
            {totals.latest.length === 0 && <Typography color="text.secondary">No pledge announced yet: they appear here as they are.</Typography>}
            <List aria-label="Latest pledges" aria-live="polite">
              {totals.latest.map((pledge) => (
                <ListItem key={pledge.id} divider aria-label={pledge.title} secondaryAction={<Typography variant="h6">{usd(pledge.usdValue)}</Typography>}>
                  <ListItemText
                    primary={
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <span>{pledge.title}</span>
                        {fresh.has(pledge.id) && <Chip size="small" color="primary" label="Just announced" />}
                      </Stack>
                    }
                    secondary={[pledge.leadMember.name, pledge.reference ? `#${pledge.reference}` : null, time(pledge.announcedAt ?? pledge.publishedAt)].filter(Boolean).join(' · ')}
                  />
                </ListItem>
              ))}
            </List>
          </>
        )}
      </Container>
    </ThemeProvider>
  );
}
