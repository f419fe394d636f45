// How long each job took on the page, from the run button to the download being ready, for the
// performance figures: pushed onto window.__webTimings.
export interface WebTiming {
  job: string;
  ms: number;
  rows?: number;
}

declare global {
  interface Window {
    __webTimings?: WebTiming[];
  }
}

export function recordTiming(timing: WebTiming, win: Window = window): void {
  (win.__webTimings ??= []).push(timing);
}
