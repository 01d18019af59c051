export { default } from './AdoptionBuilderTool';
