// Command inittrace imports errcode so that TestInitAllocatesNothing can
// read the package's initialization cost from GODEBUG=inittrace=1.
package main

import "github.com/errcode-im/errcode"

func main() { println(errcode.GroupNotFound.Name()) }
