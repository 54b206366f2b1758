package rubric

// Generated exposes the generated form of the built-in rubrics to the
// tests, which compare it with the YAML.
func Generated(name string) *Rubric { return generated(name) }
