/**
 * The shared look, built only from the theming custom properties (`--upcross-*`), so a shop
 * restyles every widget from its own CSS without reaching into the Shadow DOM; `part`s allow the
 * rest.
 * @module
 */
import { css } from 'lit'

/** Styles every offer widget shares. */
export const baseStyles = css`
  :host {
    display: block;
    font: var(--upcross-font, inherit);
    color: var(--upcross-color, inherit);
    contain: layout;
  }
  [hidden] {
    display: none !important;
  }
  h2 {
    font-size: var(--upcross-heading-size, 1.05em);
    margin: 0 0 0.5em;
  }
  ul {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: var(--upcross-card-width, 13rem);
    gap: var(--upcross-gap, 0.75rem);
    overflow-x: auto;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  :host([compact]) ul {
    grid-auto-flow: row;
    grid-auto-columns: auto;
  }
  li {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    height: var(--upcross-card-height, 12rem);
    overflow: hidden;
    box-sizing: border-box;
    padding: 0.75em;
    background: var(--upcross-bg, #fff);
    border: var(--upcross-border, 1px solid #d9d9d9);
    border-radius: var(--upcross-radius, 8px);
  }
  :host([compact]) li {
    height: auto;
  }
  .title {
    font-weight: 600;
    color: inherit;
    padding-right: 1.5em;
    flex-shrink: 0;
  }
  .title,
  .reason {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .badge {
    flex-shrink: 0;
    align-self: flex-start;
    font-size: 0.75em;
    font-weight: 600;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    background: var(--upcross-badge-bg, #e0f2f1);
    color: var(--upcross-badge-color, inherit);
  }
  .reason {
    margin: 0;
    font-size: 0.85em;
    color: var(--upcross-muted, #555);
    -webkit-line-clamp: 3;
    min-height: 0;
  }
  .buy {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-top: auto;
    flex-shrink: 0;
  }
  .price {
    margin: 0;
    font-weight: 600;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .add {
    background: var(--upcross-accent, #1a56db);
    color: var(--upcross-accent-text, #fff);
    border: 0;
    border-radius: var(--upcross-radius, 8px);
    padding: 0.45em 0.8em;
  }
  .decline {
    background: none;
    color: inherit;
    border: var(--upcross-border, 1px solid #d9d9d9);
    border-radius: var(--upcross-radius, 8px);
    padding: 0.45em 0.8em;
  }
  .add[disabled] {
    opacity: 0.7;
    cursor: default;
  }
  .dismiss {
    position: absolute;
    top: 0.3em;
    right: 0.3em;
    background: none;
    border: 0;
    color: var(--upcross-muted, #555);
    font-size: 1.1em;
    line-height: 1;
    padding: 0.25em 0.4em;
  }
  a:focus-visible,
  button:focus-visible,
  h2:focus-visible {
    outline: 2px solid var(--upcross-focus, var(--upcross-accent, #1a56db));
    outline-offset: 2px;
  }
`
