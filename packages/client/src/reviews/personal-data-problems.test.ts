import { personalDataMessages, serverPersonalDataMessages } from './personal-data-problems';

describe('personal data at the field of a form', () => {
  it('words what the check found in each field, in the language asked for', () => {
    expect(
      personalDataMessages(
        {
          title: 'Wochenendübergabe',
          lessons: 'Frau Müller, geb. 12.03.1985, wurde spät erreicht.',
          actionItems: ['Verfahren klären', 'Rückruf unter 0170 1234567'],
        },
        'de',
      ),
    ).toEqual({
      lessons:
        'Sieht nach personenbezogenen Daten aus: Name einer Person „Frau Müller“, Geburtsdatum „geb. 12.03.1985“. Bitte anonymisieren (z. B. „die Mutter“, „im Juni 2024“).',
      actionItems:
        'Sieht nach personenbezogenen Daten aus: Telefonnummer „0170 1234567“. Bitte anonymisieren (z. B. „die Mutter“, „im Juni 2024“).',
    });
  });

  it("puts the server's refusal of an action item at the action items field", () => {
    const errors = [
      {
        extensions: {
          code: 'BAD_USER_INPUT',
          problems: [
            {
              field: 'actionItems.1',
              reason: 'personal_data',
              findings: [{ kind: 'email', text: 'mutter85@web.de' }],
            },
            { field: 'routeTemplate', message: 'must be a route template id R01–R22' },
          ],
        },
      },
    ];
    expect(serverPersonalDataMessages(errors, 'en')).toEqual({
      actionItems:
        'Looks like personal data: an e-mail address ("mutter85@web.de"). Please anonymise (e.g. "the mother", "in June 2024").',
    });
  });
});
