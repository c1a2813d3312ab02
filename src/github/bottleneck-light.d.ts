// The throttling plugin runs on Bottleneck's light build (no Redis clustering);
// its groups must come from the same build, which ships without types of its own.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
