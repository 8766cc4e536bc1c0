// Vue's GlobalComponents for the civic tags: vue-tsc checks their attributes and values.
import 'civic-blocks/frameworks/vue';
