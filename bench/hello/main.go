// Command hello is the benchmark's baseline for one call of spbe: a Go
// program that prints one line, so that what a single `spbe score` costs
// beyond starting a Go process can be told apart.
package main

import "fmt"

func main() {
	fmt.Println("halo")
}
