// Entry point of the dashboard bundle: registering <pulse-app> starts everything.
import './app/app.js';
