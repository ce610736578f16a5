import { exportUrl, filenameOf } from './download';

describe('export addresses and file names', () => {
  it('leaves out empty parameters and encodes the rest', () => {
    expect(exportUrl('network-members', 'xlsx', { network: 'n 1', role: '', q: undefined })).toBe(
      '/export/network-members.xlsx?network=n+1',
    );
    expect(exportUrl('meetings', 'ics')).toBe('/export/meetings.ics');
  });

  it('saves the file under the German name the server gave, umlauts included', () => {
    expect(
      filenameOf(
        `attachment; filename="Mitglieder Kothen.csv"; filename*=UTF-8''Mitglieder%20K%C3%B6then.csv`,
        'x.csv',
      ),
    ).toBe('Mitglieder Köthen.csv');
    expect(filenameOf('attachment; filename="plan.ics"', 'x.ics')).toBe('plan.ics');
    expect(filenameOf(null, 'x.ics')).toBe('x.ics');
  });
});
