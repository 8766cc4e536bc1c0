// svelteHTML.IntrinsicElements for the civic tags: svelte-check checks their attributes and values.
import 'civic-blocks/frameworks/svelte';
