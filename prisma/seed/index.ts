// Placeholder: replaced by the real seed.
console.log("seed: nothing to do yet");
