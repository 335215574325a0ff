/** How the pulse figures read on the page: whole percentages and a mean to one decimal place. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;
export const mean = (value: number) => value.toFixed(1);

export const HIDDEN_TEXT = "Fewer than 5 answers: hidden so that no one can be identified";
