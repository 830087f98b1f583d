import { createTestApp, graphql, SignedUpUser, TestApp, uuidOf } from '@krisenfest/testing';

const HTML = graphql(`
  query ExperienceHtml($id: ID!) {
    experience(id: $id) {
      situationHtml
      actionsHtml
      outcomeHtml
      rootCauseHtml
      transferabilityHtml
    }
  }
`);

describe('the long texts of a lesson as HTML', () => {
  let t: TestApp;
  let author: SignedUpUser;
  let reader: SignedUpUser;

  beforeAll(async () => {
    t = await createTestApp();
    author = await t.signUp('Miriam Hägele');
    reader = await t.signUp('Paul Schwertfeger');
  });
  afterAll(() => t.close());

  it('renders the Markdown as comments are rendered: lists and emphasis kept, scripts and handlers gone', async () => {
    const lesson = await t.make.experience(author, {
      situation: 'Nach dem **Starkregen** standen Keller unter Wasser.\n\n- Bauhof\n- Feuerwehr',
      actions: 'Eine Anlaufstelle <script>alert(1)</script> im Rathaus. <img src=x onerror=alert(1)>',
      outcome: '_Schneller_ geholfen.',
    });
    const { experience } = await t.as(reader).data(HTML, { id: lesson.id });
    expect(experience!.situationHtml).toContain('<strong>Starkregen</strong>');
    expect(experience!.situationHtml).toContain('<li>Bauhof</li>');
    expect(experience!.actionsHtml).not.toMatch(/<script|onerror/);
    expect(experience!.actionsHtml).toContain('Eine Anlaufstelle');
    expect(experience!.outcomeHtml).toContain('<em>Schneller</em>');
    // Optional texts left empty stay null.
    expect(experience!.rootCauseHtml).toBeNull();
    expect(experience!.transferabilityHtml).toBeNull();
  });

  it('shows the notice instead of the texts while the moderation hides the lesson', async () => {
    const lesson = await t.make.experience(author, { situation: 'Vertrauliche Einzelheiten.' });
    await t.dataSource.query(`UPDATE experience SET hidden_at = now(), hidden_reason = 'Personenbezogene Daten' WHERE id = $1`, [
      uuidOf(lesson.id),
    ]);
    const { experience } = await t.as(reader).data(HTML, { id: lesson.id });
    expect(experience!.situationHtml).not.toContain('Vertrauliche');
    expect(experience!.situationHtml).toMatch(/^<p>.+<\/p>\n?$/);
    expect(experience!.rootCauseHtml).toBeNull();
    // Its author still reads it.
    expect((await t.as(author).data(HTML, { id: lesson.id })).experience!.situationHtml).toContain('Vertrauliche Einzelheiten.');
  });
});
