"use client";

import { Button } from "@/components/forms/button";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type MouseEvent } from "react";

export type PresentedQuestion = {
  id: string;
  text: string;
  statements: string[];
  prompts: string[];
  followUps: string[];
};

const noSubscription = () => () => {};
/** True once the page runs in a browser with JavaScript: the timers need it, the links do not. */
const useEnhanced = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/**
 * One question at a time, large, for a room or a shared screen. Works as plain links without
 * JavaScript (?q=3); with it, the arrow keys, Page Up/Down (what presentation clickers send), Home
 * and End move between questions, and timers count the session and the current question. No single
 * letter shortcuts, so speech input and screen reader keys are never taken over (WCAG 2.1.4).
 */
export function Presenter({
  title,
  questions,
  start,
  exitHref,
}: {
  title: string;
  questions: PresentedQuestion[];
  start: number;
  exitHref: string;
}) {
  const [index, setIndex] = useState(Math.min(Math.max(start, 0), questions.length - 1));
  const [running, setRunning] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const [onQuestion, setOnQuestion] = useState(0);
  const enhanced = useEnhanced();
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const question = questions[index]!;

  const go = useCallback(
    (next: number) => {
      const target = Math.min(Math.max(next, 0), questions.length - 1);
      if (target === index) return;
      moved.current = true;
      setIndex(target);
      setOnQuestion(0);
      window.history.replaceState(null, "", `?q=${target + 1}`);
    },
    [index, questions.length],
  );

  // The new question's heading takes focus, so a screen reader reads it and Tab starts from it.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      setElapsed((seconds) => seconds + 1);
      setOnQuestion((seconds) => seconds + 1);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      const moves: Record<string, number> = {
        ArrowRight: index + 1,
        PageDown: index + 1,
        ArrowLeft: index - 1,
        PageUp: index - 1,
        Home: 0,
        End: questions.length - 1,
      };
      const next = moves[event.key];
      if (next === undefined) return;
      event.preventDefault();
      go(next);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, index, questions.length]);

  const follow = (next: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    go(next);
  };

  return (
    <section aria-labelledby="presented-question" className="text-xl">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4 border-b-2 border-gray-300 pb-4">
        <p className="text-lg">
          {title}:{" "}
          <span className="font-bold">
            question {index + 1} of {questions.length}
          </span>
        </p>
        <Link href={exitHref} className="text-lg">
          Leave presenter view
        </Link>
      </div>
      <p className="mb-2 text-lg text-gray-700">{question.statements.join("; ")}</p>
      <h1
        id="presented-question"
        ref={heading}
        tabIndex={-1}
        className="mb-8 max-w-4xl text-4xl leading-tight font-bold focus:outline-none md:text-5xl"
      >
        {question.text}
      </h1>
      {/* Keyed by question so both are closed again on the next one: prompts stay hidden until asked for. */}
      <div key={question.id} className="mb-8 max-w-4xl space-y-4">
        {question.prompts.length > 0 ? (
          <details className="border-l-4 border-gray-400 pl-4">
            <summary className="cursor-pointer font-bold underline">What a good answer draws on</summary>
            <ul className="mt-3 list-disc space-y-1 pl-6 text-2xl">
              {question.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </details>
        ) : null}
        {question.followUps.length > 0 ? (
          <details className="border-l-4 border-gray-400 pl-4">
            <summary className="cursor-pointer font-bold underline">Follow-up questions</summary>
            <ul className="mt-3 list-disc space-y-1 pl-6 text-2xl">
              {question.followUps.map((followUp) => (
                <li key={followUp}>{followUp}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
      <nav aria-label="Questions" className="mb-8 flex flex-wrap gap-4">
        {index > 0 ? (
          <Link
            href={`?q=${index}`}
            onClick={follow(index - 1)}
            className="border-2 border-gray-900 px-4 py-2 font-bold no-underline"
          >
            ← Previous question
          </Link>
        ) : null}
        {index < questions.length - 1 ? (
          <Link
            href={`?q=${index + 2}`}
            onClick={follow(index + 1)}
            className="bg-success px-4 py-2 font-bold text-white no-underline"
          >
            Next question →
          </Link>
        ) : (
          <Link href={exitHref} className="border-2 border-gray-900 px-4 py-2 font-bold no-underline">
            Last question: back to the session
          </Link>
        )}
      </nav>
      {enhanced ? (
        <div className="flex flex-wrap items-center gap-6 border-t-2 border-gray-300 pt-4">
          <p role="timer" aria-label="Session time" className="text-2xl tabular-nums">
            Session {clock(elapsed)}
          </p>
          <p role="timer" aria-label="Time on this question" className="text-2xl tabular-nums">
            This question {clock(onQuestion)}
          </p>
          <Button type="button" variant="secondary" onClick={() => setRunning((value) => !value)}>
            {running ? "Pause timer" : elapsed > 0 ? "Resume timer" : "Start timer"}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setElapsed(0);
              setOnQuestion(0);
            }}
          >
            Reset timer
          </Button>
          <p className="w-full text-base text-gray-700">
            Keys: right or left arrow (or a presentation clicker) for the next or previous question; Home and End for
            the first and last.
          </p>
        </div>
      ) : null}
    </section>
  );
}
