import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatShare, formatUsd } from '../dashboard/format.js';

/**
 * What is allocated against a whole (a need's gap, a pledge's value), as a bar with the figures; without a whole
 * (a non-financial need, a pledge without a value) the figures alone.
 */
export function CoverageBar({ label, allocatedUsd, totalUsd, share, of }: { label: string; allocatedUsd: string; totalUsd: string | null | undefined; share: number | null | undefined; of: string }) {
  if (!totalUsd || share == null) {
    return (
      <Typography variant="body2" color="text.secondary">
        {formatUsd(allocatedUsd)} allocated
      </Typography>
    );
  }
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
      <LinearProgress
        variant="determinate"
        value={Math.min(share * 100, 100)}
        aria-label={label}
        aria-valuetext={formatShare(share)}
        sx={{ width: 140, flexShrink: 0, height: 10, borderRadius: 5 }}
      />
      <Typography variant="body2">
        {formatUsd(allocatedUsd)} of {formatUsd(totalUsd)} {of} ({formatShare(share)})
      </Typography>
    </Stack>
  );
}
