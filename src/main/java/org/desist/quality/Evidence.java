package org.desist.quality;

/**
 * What the structured record already says that informs one audit prompt, found by an evidence rule: it informs, never
 * decides (HMIP standards 2018: prompts inform the key-question judgement, which the auditor makes).
 *
 * @param key the evidence rule's key, named in a framework's prompts ({@link Framework.Prompt#evidence()})
 * @param finding whether the record shows it, shows a gap, or the rule does not arise for this case
 * @param statement what the record says, in a sentence a practitioner reads (e.g. "Assessment submitted on 3 March
 *     2026, 2 working days late")
 * @param href where in the record to see it (a page path), or null
 * @param linkText the link's text, or null
 */
public record Evidence(String key, Finding finding, String statement, String href, String linkText) {

    public enum Finding {
        SHOWN("Found in the record"),
        GAP("Not found in the record"),
        NOT_APPLICABLE("Does not arise");

        private final String label;

        Finding(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
