// cytoscape-svg ships no types; it is a Cytoscape extension (see cytoscape-svg-core.d.ts for cy.svg).
declare module 'cytoscape-svg' {
  const register: import('cytoscape').Ext;
  export default register;
}
