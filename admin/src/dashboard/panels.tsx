import type { ReactNode } from 'react';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';

/** A headline figure; its label names the region, so tests and screen readers find it. */
export function Figure({ label, value, detail, exact }: { label: string; value: ReactNode; detail?: ReactNode; exact?: string }) {
  return (
    <Card component="section" aria-label={label} sx={{ height: '100%' }}>
      <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Typography variant="body2" color="text.secondary" noWrap>
          {label}
        </Typography>
        <Tooltip title={exact ?? ''} disableHoverListener={!exact}>
          <Typography variant="h5" component="p" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
            {value}
          </Typography>
        </Tooltip>
        <Typography variant="caption" color="text.secondary" component="p" noWrap>
          {detail ?? '\u00a0'}
        </Typography>
      </CardContent>
    </Card>
  );
}

export function Panel({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  return (
    <Card component="section" aria-label={title} sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
          {title}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
          {subtitle ?? '\u00a0'}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
