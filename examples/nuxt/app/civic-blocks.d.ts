// Vue's GlobalComponents for the civic tags: nuxt typecheck checks their attributes and values.
import 'civic-blocks/frameworks/vue';
