// Importing the package once registers the civic elements; then the app starts (zoneless,
// Angular's default since v21: the signals in the component drive its updates).
import 'civic-blocks';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app';

bootstrapApplication(App).catch((error: unknown) => console.error(error));
