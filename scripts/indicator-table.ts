import { catalogueMarkdown } from '../src/domain/indicators/catalogue-table';

// Prints the README's indicator table from the catalogue itself.
console.log(catalogueMarkdown());
