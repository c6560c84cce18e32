// Lets plain Node (tsx) import modules marked `import "server-only"`, as Next's server bundle does.
export async function resolve(specifier, context, next) {
  if (specifier === "server-only")
    return { url: "data:text/javascript,export {}", shortCircuit: true };
  return next(specifier, context);
}
