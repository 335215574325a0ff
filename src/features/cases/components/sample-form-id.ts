/** Ties the case table's checkboxes to the sample form, which sits above the table. */
export const SAMPLE_FORM_ID = "sample-form";
