import ArchiveIcon from '@mui/icons-material/Archive';
import { DeleteButton, SaveButton, Toolbar } from 'react-admin';

/** Save, and archive where the resource can be archived: nothing that was published is ever deleted. */
export const EditToolbar = ({ archive = true }: { archive?: boolean }) => (
  <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton />
    {archive && (
      <DeleteButton
        label="Archive"
        icon={<ArchiveIcon />}
        mutationMode="pessimistic"
        confirmTitle="Archive this record?"
        confirmContent="It will be hidden from the public; staff can still find it."
      />
    )}
  </Toolbar>
);
