/**
 * The starter region (templates/regio/) for the region wizard's "Begin met de voorbeeldregio":
 * its regio.yaml and its logo as a data: URL. A module of its own, loaded only on that click, so
 * the page's HTML stays small.
 */
import regioYaml from '../../templates/regio/regio.yaml?raw';
import logoSvg from '../../templates/regio/logo.svg?raw';

export const starterYaml: string = regioYaml;
export const starterLogo = `data:image/svg+xml;base64,${btoa(String.fromCharCode(...new TextEncoder().encode(logoSvg)))}`;
