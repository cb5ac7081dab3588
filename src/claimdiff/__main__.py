from claimdiff._cli import main

raise SystemExit(main())
